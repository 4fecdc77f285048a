package dev.toasty.spring.data.repository.query;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@code :name} parameters of native SQL, skipping quoted text, quoted identifiers and
 * PostgreSQL's {@code ::} casts, so that a repository method's parameters can be matched to them at startup.
 */
final class SqlParameters {

    private SqlParameters() {
    }

    static Set<String> names(String sql) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? sql.length() : end + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                i = end;
            } else {
                i++;
            }
        }
        return names;
    }
}
