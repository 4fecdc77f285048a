package dev.toasty.driver;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a SQL backend built over a {@code DataSource} gets its connections, so a framework's own
 * transactions can carry Toasty's statements: the Spring integration hands out the connection of
 * the running Spring transaction. Without one, Toasty borrows from the DataSource and closes.
 * Implementations are called from many threads and must be thread-safe.
 */
public interface ConnectionProvider {

    /** A connection for one statement, or the one of the running outer transaction. */
    Connection acquire() throws SQLException;

    /** Gives back a connection from {@link #acquire}: closes it unless an outer transaction holds it. */
    void release(Connection connection) throws SQLException;

    /**
     * Whether an outer transaction is running on this thread. Toasty's own {@code db.transaction(...)}
     * then joins it instead of beginning and committing one, so the outer transaction decides.
     */
    boolean inTransaction();
}
