package dev.toasty.internal.sql;

import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.NativeSql;
import dev.toasty.QueryException;
import dev.toasty.ToastyException;
import dev.toasty.UniqueViolationException;
import dev.toasty.internal.sql.dialect.ValueCodec;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs native SQL on a SQL backend: binds each value with the codec of its Java type, maps result
 * columns to the model's fields by column name, and reports a statement event like any other.
 */
final class NativeRunner {

    private final JdbcAccess jdbc;
    private final SqlDialect dialect;
    private final SqlDriver driver;

    NativeRunner(JdbcAccess jdbc, SqlDialect dialect, SqlDriver driver) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.driver = driver;
    }

    Object run(NativeSql sql, Map<String, ?> values, Model model, Schema schema, Events events) {
        String text = sql.jdbcText(values);
        List<Object> args = sql.jdbcValues(values);
        String operation = model == null ? "SQL" : "SQL SELECT";
        String modelName = model == null ? null : model.name();
        long start = System.nanoTime();
        Connection c = null;
        try {
            c = jdbc.borrow();
            try (PreparedStatement ps = c.prepareStatement(text)) {
                bind(ps, args);
                Object result = model == null ? (Object) (long) ps.executeUpdate() : rows(ps, model);
                events.publish(operation, modelName, sql.text().hashCode(), sql.text(), start, Results.rows(result), null);
                return result;
            }
        } catch (SQLException e) {
            ToastyException translated = translate(e, model, schema, operation);
            events.publish(operation, modelName, sql.text().hashCode(), sql.text(), start, -1, translated);
            throw translated;
        } catch (RuntimeException e) {
            events.publish(operation, modelName, sql.text().hashCode(), sql.text(), start, -1, e);
            throw e;
        } finally {
            driver.release(c);
        }
    }

    /** Without a model to hand, the constraint names which model's unique field was violated. */
    private ToastyException translate(SQLException e, Model model, Schema schema, String operation) {
        if (model == null) {
            for (Model candidate : schema.models()) {
                if (dialect.translate(e, candidate, operation) instanceof UniqueViolationException u && !u.fields().isEmpty()) {
                    return u;
                }
            }
        }
        return driver.translate(e, model, operation);
    }

    private void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object value = args.get(i);
            if (value == null) {
                ps.setObject(i + 1, null);
                continue;
            }
            FieldType type = FieldType.forClass(value.getClass());
            if (type == null) {
                throw new IllegalArgumentException("Native SQL parameter " + (i + 1) + " has the type "
                        + value.getClass().getName() + ", which Toasty cannot bind; supported: " + FieldType.supportedTypeNames());
            }
            dialect.codec(type).bind(ps, i + 1, value);
        }
    }

    private List<Object> rows(PreparedStatement ps, Model model) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int[] positions = positions(rs.getMetaData(), model);
            List<Field> fields = model.fields();
            ValueCodec[] codecs = new ValueCodec[fields.size()];
            for (Field f : fields) {
                codecs[f.index()] = dialect.codec(f.column());
            }
            while (rs.next()) {
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = codecs[i].read(rs, positions[i]);
                }
                out.add(model.records().create(values));
            }
        }
        return out;
    }

    /** For each field (by index), the result column holding it; fails naming the fields the result lacks. */
    private static int[] positions(ResultSetMetaData meta, Model model) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = meta.getColumnCount(); i >= 1; i--) {
            byName.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        int[] positions = new int[model.fields().size()];
        List<String> missing = new ArrayList<>();
        for (Field f : model.fields()) {
            Integer at = byName.get(f.column().name().toLowerCase(Locale.ROOT));
            if (at == null) {
                missing.add(f.name() + " (column " + f.column().name() + ")");
            } else {
                positions[f.index()] = at;
            }
        }
        if (!missing.isEmpty()) {
            throw new QueryException("The native query's result has no column for " + model.name() + "." + String.join(", ", missing)
                    + ": select every column of the table (select * ...), or alias the columns to these names", null, null);
        }
        return positions;
    }
}
