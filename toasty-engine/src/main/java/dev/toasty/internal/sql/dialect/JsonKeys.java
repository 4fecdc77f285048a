package dev.toasty.internal.sql.dialect;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The keys of a JSON path written into SQL as literals: they are part of a statement's shape, never bound. Each
 * dialect writes them in its own path syntax and refuses, with an {@code IllegalArgumentException}, a key that
 * its syntax cannot hold.
 */
final class JsonKeys {

    private JsonKeys() {
    }

    /** A SQL string literal whose only escape is the doubled quote; the caller has dealt with backslashes where they matter. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * {@code $."k1"."k2"}, the path of MySQL and SQLite, every key quoted so that dots, brackets and spaces stay
     * literal, and written as a JSON string: {@code "} and {@code \} behind a backslash, control characters as
     * six-character unicode escapes. {@code refuse} picks the characters the backend cannot take in a key; NUL is
     * refused everywhere, since no backend takes it in SQL text.
     */
    static String quotedPath(List<String> keys, String backend, IntPredicate refuse, String why) {
        StringBuilder path = new StringBuilder("$");
        for (String key : keys) {
            path.append(".\"");
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c == 0 || refuse.test(c)) {
                    throw refused(key, backend, why);
                }
                if (c == '"' || c == '\\') {
                    path.append('\\').append(c);
                } else if (c < 0x20) {
                    path.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    path.append(c);
                }
            }
            path.append('"');
        }
        return path.toString();
    }

    static IllegalArgumentException refused(String key, String backend, String why) {
        StringBuilder shown = new StringBuilder();
        key.codePoints().forEach(c -> shown.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return new IllegalArgumentException("The JSON key \"" + shown + "\" cannot be written in a path on " + backend + ": " + why
                + "; filter and order by keys without these characters");
    }
}
