package dev.toasty.internal.sql;

import dev.toasty.internal.sql.dialect.ValueCodec;
import dev.toasty.internal.mapping.ModelMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Executes a prepared statement and reads its result the way the plan says: rows by position, a count, keys. */
final class Results {

    private Results() {
    }

    static Object read(Plan plan, PreparedStatement ps) throws SQLException {
        return switch (plan.kind) {
            case ROWS -> rows(plan, ps);
            case ROWS_VIA -> rowsVia(plan, ps);
            case VALUES -> values(plan, ps);
            case COUNT -> {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    yield rs.getLong(1);
                }
            }
            case EXISTS -> {
                try (ResultSet rs = ps.executeQuery()) {
                    yield rs.next();
                }
            }
            case INSERT_KEYS -> keys(plan, ps);
            case WRITE -> (long) ps.executeUpdate();
        };
    }

    private static List<Object> rows(Plan plan, PreparedStatement ps) throws SQLException {
        ModelMapper mapper = dev.toasty.internal.mapping.ModelMapper.of(plan.model);
        int[] argumentOf = plan.argumentOfColumn;
        ValueCodec[] codecs = plan.columnCodecs;
        List<Object> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(argumentOf == null ? mapper.create(read(rs, codecs)) : mapper.construct(arguments(rs, codecs, argumentOf, mapper)));
            }
        }
        return out;
    }

    /** Each row as {@code Object[]{record, returned values of the join model...}}. */
    private static List<Object> rowsVia(Plan plan, PreparedStatement ps) throws SQLException {
        ModelMapper mapper = dev.toasty.internal.mapping.ModelMapper.of(plan.model);
        int width = plan.columnCodecs.length;
        List<Object> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[1 + plan.viaCodecs.length];
                row[0] = mapper.create(read(rs, plan.columnCodecs));
                for (int i = 0; i < plan.viaCodecs.length; i++) {
                    row[i + 1] = plan.viaCodecs[i].read(rs, width + i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static List<Object> values(Plan plan, PreparedStatement ps) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs, plan.columnCodecs));
            }
        }
        return out;
    }

    /** A row read straight into the constructor's arguments: column {@code i} goes to argument {@code argumentOf[i]}. */
    private static Object[] arguments(ResultSet rs, ValueCodec[] codecs, int[] argumentOf, ModelMapper mapper) throws SQLException {
        Object[] arguments = mapper.newArguments();
        for (int i = 0; i < codecs.length; i++) {
            arguments[argumentOf[i]] = codecs[i].read(rs, i + 1);
        }
        return arguments;
    }

    private static Object[] read(ResultSet rs, ValueCodec[] codecs) throws SQLException {
        Object[] values = new Object[codecs.length];
        for (int i = 0; i < codecs.length; i++) {
            values[i] = codecs[i].read(rs, i + 1);
        }
        return values;
    }

    /** Generated keys, sorted: identities are handed out in insertion order within one statement. */
    private static List<Object> keys(Plan plan, PreparedStatement ps) throws SQLException {
        List<Object> keys = new ArrayList<>();
        int inserted = plan.driverKeys ? ps.executeUpdate() : -1;
        try (ResultSet rs = plan.driverKeys ? ps.getGeneratedKeys() : ps.executeQuery()) {
            while (rs.next()) {
                keys.add(plan.keyCodec.read(rs, 1));
            }
        }
        if (plan.driverKeys && keys.size() != inserted) {
            throw new dev.toasty.QueryException("The JDBC driver gave " + keys.size() + " generated keys for " + inserted
                    + " inserted rows of " + plan.model.name() + ": with MariaDB Connector/J set returnMultiValuesGeneratedIds=true "
                    + "on the data source", null, null);
        }
        keys.sort((a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue()));
        return keys;
    }

    /** The row count of a result, for events. */
    static long rows(Object result) {
        if (result instanceof List<?> list) {
            return list.size();
        }
        if (result instanceof Long n) {
            return n;
        }
        return result instanceof Boolean b && b ? 1 : 0;
    }
}
