package dev.toasty.spring.data;

import dev.toasty.driver.ConnectionProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Hands Toasty the connection of the running Spring transaction ({@code @Transactional},
 * {@code TransactionTemplate}) through {@link DataSourceUtils}, so Toasty, repositories and
 * {@code JdbcTemplate} see one connection and commit or roll back together. Outside a Spring
 * transaction each statement borrows from the DataSource as usual. Pass it with
 * {@code Toasty.builder().dataSource(dataSource, new SpringConnections(dataSource))}.
 */
public final class SpringConnections implements ConnectionProvider {

    private final DataSource dataSource;

    public SpringConnections(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Connection acquire() throws SQLException {
        return DataSourceUtils.doGetConnection(dataSource);
    }

    @Override
    public void release(Connection connection) throws SQLException {
        DataSourceUtils.doReleaseConnection(connection, dataSource);
    }

    /** True when a Spring transaction holds a connection of this DataSource on this thread. */
    @Override
    public boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.hasResource(dataSource);
    }

    @Override
    public String toString() {
        return "SpringConnections[" + dataSource + "]";
    }
}
