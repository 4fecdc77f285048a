package dev.toasty.internal.sql;

import dev.toasty.internal.engine.Events;
import dev.toasty.ToastyException;
import dev.toasty.internal.sql.dialect.SqlCatalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the schema check's catalog queries on one borrowed connection, each published as a {@code CATALOG}
 * statement event; a failure is translated into Toasty's exceptions.
 */
final class CatalogQuery implements SqlCatalog.Query {

    private final Connection connection;
    private final Events events;
    private final Function<SQLException, ToastyException> translate;

    CatalogQuery(Connection connection, Events events, Function<SQLException, ToastyException> translate) {
        this.connection = connection;
        this.events = events;
        this.translate = translate;
    }

    @Override
    public List<Object[]> rows(String sql, List<String> params) {
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            events.publish("CATALOG", null, sql.hashCode(), sql, start, rows.size(), null);
            return rows;
        } catch (SQLException e) {
            ToastyException translated = translate.apply(e);
            events.publish("CATALOG", null, sql.hashCode(), sql, start, -1, translated);
            throw translated;
        }
    }
}
