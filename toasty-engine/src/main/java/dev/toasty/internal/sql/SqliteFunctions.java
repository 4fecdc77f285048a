package dev.toasty.internal.sql;

import dev.toasty.internal.sql.dialect.SqliteDialect;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Registers Toasty's SQL functions on SQLite connections, once per physical connection: SQLite's own
 * {@code lower()} folds ASCII only, so case-insensitive matching uses Java's Unicode lower-casing.
 */
final class SqliteFunctions {

    private static final Set<SQLiteConnection> READY = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<SQLiteConnection, Boolean>()));

    private SqliteFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        if (READY.contains(sqlite)) {
            return;
        }
        Function.create(sqlite, SqliteDialect.LOWER_FUNCTION, new Lower(), 1, Function.FLAG_DETERMINISTIC);
        READY.add(sqlite);
    }

    /** Unicode lower-casing, locale-independent. */
    private static final class Lower extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            if (text == null) {
                result();
            } else {
                result(lower(text));
            }
        }
    }

    /**
     * Lower-cases code point by code point (simple case mapping, no context rules), which is what
     * PostgreSQL's {@code lower()} does in a UTF-8 database: a word-final capital sigma becomes σ on both.
     */
    static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }
}
