package dev.toasty.internal.sql.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Binds one Java type to a parameter and reads it back from a column, for one dialect. Made once per
 * dialect and type; reads by column position.
 */
public interface ValueCodec {

    /** Binds {@code value}, which may be null. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** Reads the column, or null for SQL NULL. */
    Object read(ResultSet rows, int index) throws SQLException;

    /**
     * This codec for a NOT NULL column: it may read without asking {@code wasNull()}, which costs a
     * call into the driver per column on SQLite. The same codec where there is nothing to save.
     */
    default ValueCodec required() {
        return this;
    }
}
