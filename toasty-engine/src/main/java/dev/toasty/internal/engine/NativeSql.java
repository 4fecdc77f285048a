package dev.toasty.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A native SQL text split at its {@code :name} parameters, parsed once per text and cached. Quoted
 * strings, quoted identifiers, comments and PostgreSQL's {@code ::} casts are left alone.
 *
 * @param pieces the text around the parameters: one more than {@code names}
 * @param names  the parameter names in order of appearance (a name may repeat)
 */
public record NativeSql(String text, List<String> pieces, List<String> names) {

    private static final int CACHE_LIMIT = 512;
    private static final Map<String, NativeSql> CACHE = new ConcurrentHashMap<>();

    public static NativeSql parse(String text) {
        NativeSql parsed = CACHE.get(text);
        if (parsed == null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            parsed = split(text);
            CACHE.put(text, parsed);
        }
        return parsed;
    }

    private static NativeSql split(String text) {
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int skip = skipQuotedOrComment(text, i);
            if (skip > i) {
                piece.append(text, i, skip);
                i = skip;
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                piece.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                pieces.add(piece.toString());
                piece.setLength(0);
                names.add(text.substring(i + 1, end));
                i = end;
            } else {
                piece.append(c);
                i++;
            }
        }
        pieces.add(piece.toString());
        return new NativeSql(text, List.copyOf(pieces), List.copyOf(names));
    }

    /** The end of a quoted string, quoted identifier or comment starting at {@code i}, or {@code i}. */
    private static int skipQuotedOrComment(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < text.length()) {
                if (text.charAt(j) == c) {
                    if (j + 1 < text.length() && text.charAt(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return text.length();
        }
        if (text.startsWith("--", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return i;
    }

    /**
     * The JDBC text for these values: each parameter becomes {@code ?}, a collection value one
     * {@code ?} per element. Fails naming a parameter that has no value or a value that names no parameter.
     */
    public String jdbcText(Map<String, ?> values) {
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("bind(\"" + name + "\"): the SQL has no parameter :" + name
                        + (names.isEmpty() ? "" : "; its parameters are " + names.stream().distinct().map(x -> ":" + x).toList()));
            }
        }
        StringBuilder sql = new StringBuilder(pieces.get(0));
        for (int p = 0; p < names.size(); p++) {
            String name = names.get(p);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("The SQL parameter :" + name + " has no value: call bind(\"" + name + "\", value)");
            }
            if (values.get(name) instanceof Collection<?> list) {
                if (list.isEmpty()) {
                    throw new IllegalArgumentException("The SQL parameter :" + name + " is an empty collection: "
                            + "an empty IN list is not valid SQL");
                }
                sql.append("?, ".repeat(list.size() - 1)).append('?');
            } else {
                sql.append('?');
            }
            sql.append(pieces.get(p + 1));
        }
        return sql.toString();
    }

    /** The values in the order of the {@code ?}s of {@link #jdbcText}. */
    public List<Object> jdbcValues(Map<String, ?> values) {
        List<Object> out = new ArrayList<>();
        for (String name : names) {
            Object value = values.get(name);
            if (value instanceof Collection<?> list) {
                out.addAll(list);
            } else {
                out.add(value);
            }
        }
        return out;
    }
}
