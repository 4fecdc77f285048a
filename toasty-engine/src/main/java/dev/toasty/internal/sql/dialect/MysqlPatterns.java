package dev.toasty.internal.sql.dialect;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LIKE patterns with {@code !} as the escape character, and the text of MySQL's duplicate-key error. */
final class MysqlPatterns {

    /** {@code Duplicate entry 'v' for key 'name'}; MySQL 8.0.19+ writes the key as {@code table.name}. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate entry '.*' for key '(?:[^'.]*\\.)?([^'.]*)'",
            Pattern.DOTALL);

    /** {@code Data too long for column 'email' at row 1}. */
    private static final Pattern TOO_LONG = Pattern.compile("Data too long for column '([^']*)'");

    private MysqlPatterns() {
    }

    /** A value longer than its column, named by model and field; strict mode refused it, so nothing was cut. */
    static dev.toasty.QueryException tooLong(dev.toasty.schema.Model model, SQLException e) {
        Matcher m = TOO_LONG.matcher(String.valueOf(e.getMessage()));
        String column = m.find() ? m.group(1) : null;
        String field = model.fields().stream().filter(f -> f.column().name().equalsIgnoreCase(String.valueOf(column)))
                .map(f -> model.name() + "." + f.name()).findFirst().orElse(model.name() + " column " + column);
        return new dev.toasty.QueryException("The value of " + field + " is longer than its MySQL column holds (a String in a "
                + "key or index is VARCHAR(" + MysqlLimits.INDEXED_LENGTH + "), a byte[] there VARBINARY(" + MysqlLimits.INDEXED_LENGTH
                + ")): shorten it, or take the field out of the index", e.getSQLState(), e);
    }

    /** Escapes the LIKE wildcards and the escape character itself, so that the text matches literally. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Rewrites a user's LIKE pattern, where a backslash escapes the next character (as on PostgreSQL and
     * SQLite), into one that escapes with {@code !}: {@code 100\%} becomes {@code 100!%}.
     */
    static String fromBackslashEscapes(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                out.append(next == '%' || next == '_' || next == '!' ? "!" : "").append(next);
            } else if (c == '!') {
                out.append("!!");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The key named by a duplicate-key error message, or null. */
    static String duplicateKeyName(String message) {
        Matcher m = DUPLICATE.matcher(String.valueOf(message));
        return m.find() ? m.group(1) : null;
    }

    /** The same error without the duplicated value, which the server quotes in its message. */
    static SQLException withoutValue(SQLException e) {
        String message = String.valueOf(e.getMessage()).replaceAll("(?s)Duplicate entry '.*' for key", "Duplicate entry '***' for key");
        SQLException copy = new SQLIntegrityConstraintViolationException(message, e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
