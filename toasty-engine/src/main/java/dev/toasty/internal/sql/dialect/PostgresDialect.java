package dev.toasty.internal.sql.dialect;

import dev.toasty.LockNotAvailableException;
import dev.toasty.ToastyException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.engine.Violations;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Storage;
import dev.toasty.schema.Table;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL: native types (uuid, numeric, timestamptz, bytea, time, jsonb, arrays, enum types), identity columns,
 * LIKE with a backslash escape.
 */
public final class PostgresDialect implements SqlDialect {

    /** SQLSTATE of a {@code NOWAIT} read of a locked row (and of a {@code lock_timeout}). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final ValueCodec BOOLEAN = Codecs.codec(Types.BOOLEAN,
            (s, i, v) -> s.setBoolean(i, (Boolean) v),
            (r, i) -> {
                boolean value = r.getBoolean(i);
                return r.wasNull() ? null : value;
            });
    private static final ValueCodec DECIMAL = Codecs.codec(Types.NUMERIC,
            (s, i, v) -> s.setBigDecimal(i, (BigDecimal) v), (r, i) -> r.getBigDecimal(i));
    private static final ValueCodec UUID_NATIVE = Codecs.codec(Types.OTHER,
            (s, i, v) -> s.setObject(i, v), (r, i) -> r.getObject(i, UUID.class));
    private static final ValueCodec INSTANT = Codecs.codec(Types.TIMESTAMP_WITH_TIMEZONE,
            (s, i, v) -> s.setObject(i, OffsetDateTime.ofInstant((Instant) v, ZoneOffset.UTC)),
            (r, i) -> {
                OffsetDateTime value = r.getObject(i, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            });
    private static final ValueCodec LOCAL_DATE = Codecs.codec(Types.DATE,
            (s, i, v) -> s.setObject(i, v), (r, i) -> r.getObject(i, LocalDate.class));
    private static final ValueCodec LOCAL_DATE_TIME = Codecs.codec(Types.TIMESTAMP,
            (s, i, v) -> s.setObject(i, v), (r, i) -> r.getObject(i, LocalDateTime.class));

    @Override
    public Capability capability() {
        return Capability.POSTGRESQL;
    }

    @Override
    public String columnType(Column column) {
        Storage storage = column.storage();
        if (storage.enumType() != null) {
            return quote(storage.enumType());
        }
        return switch (column.type()) {
            case STRING -> "text";
            case BOOLEAN -> "boolean";
            case BYTE, SHORT -> "smallint";
            case INT -> "integer";
            case LONG -> "bigint";
            case FLOAT -> "real";
            case DOUBLE -> "double precision";
            case DECIMAL -> storage.precision() > 0 ? "numeric(" + storage.precision() + "," + storage.scale() + ")" : "numeric";
            case UUID -> "uuid";
            case BYTES -> "bytea";
            case INSTANT -> "timestamptz";
            case LOCAL_DATE -> "date";
            case LOCAL_DATE_TIME -> "timestamp";
            case LOCAL_TIME -> "time";
            case JSON -> storage.jsonText() ? "json" : "jsonb";
            case ARRAY -> PostgresCodecs.elementDdl(storage.element(), storage.precision(), storage.scale()) + "[]";
        };
    }

    /** Each native enum type of the dropped columns, dropped unless another column still uses it. */
    @Override
    public List<String> dropUnusedTypes(List<Column> dropped) {
        return dropped.stream().map(Column::storage).map(s -> s.enumType()).filter(java.util.Objects::nonNull).distinct()
                .map(type -> "DO $toasty$ BEGIN DROP TYPE IF EXISTS " + quote(type)
                        + "; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $toasty$")
                .toList();
    }

    /**
     * A native enum type, created when missing; when it exists, the labels the model gained are added (at the end
     * of its order). A DO block, since CREATE TYPE has no IF NOT EXISTS; a concurrent creation counts as existing.
     */
    @Override
    public List<String> createTypes(Table table) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        table.columns().stream().map(Column::storage).filter(s -> s.enumType() != null)
                .forEach(s -> types.putIfAbsent(s.enumType(), s.enumLabels()));
        List<String> out = new ArrayList<>();
        types.forEach((name, labels) -> {
            String type = quote(name);
            List<String> literals = labels.stream().map(JsonKeys::literal).toList();
            String body = "CREATE TYPE " + type + " AS ENUM (" + String.join(", ", literals) + "); EXCEPTION WHEN duplicate_object "
                    + "OR unique_violation THEN " + literals.stream().map(l -> "ALTER TYPE " + type + " ADD VALUE IF NOT EXISTS " + l + "; ")
                    .collect(Collectors.joining()) + "END";
            if (body.contains("$toasty$")) {
                throw new dev.toasty.SchemaException("The enum type " + name + " has a name or label containing $toasty$, "
                        + "which Toasty cannot write in PostgreSQL DDL: rename it");
            }
            out.add("DO $toasty$ BEGIN " + body + " $toasty$");
        });
        return out;
    }

    @Override
    public String identityColumn(Column column) {
        return quote(column.name()) + " " + columnType(column) + " GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    @Override
    public SqlCatalog catalog() {
        return new PostgresCatalog();
    }

    @Override
    public boolean bindsArrays(FieldType type) {
        return arrayType(type) != null;
    }

    @Override
    public ValueCodec arrayCodec(FieldType type) {
        String element = arrayType(type);
        return new ValueCodec() {
            @Override
            public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
                statement.setArray(index, statement.getConnection().createArrayOf(element, ((java.util.List<?>) value).toArray()));
            }

            @Override
            public Object read(java.sql.ResultSet rows, int index) {
                throw new UnsupportedOperationException("arrays are only bound");
            }
        };
    }

    private static String arrayType(FieldType type) {
        return switch (type) {
            case SHORT -> "int2";
            case INT -> "int4";
            case LONG -> "int8";
            case STRING -> "text";
            case UUID -> "uuid";
            default -> null;
        };
    }

    /** Native arrays, enums and JSON by the column's storage; every other type as {@link #codec(FieldType)}. */
    @Override
    public ValueCodec codec(Column column) {
        return Codecs.converted(PostgresCodecs.of(column, this::codec), column.storage());
    }

    /** A native enum's list binds as an array of the enum type, which {@code = ANY(?)} compares with the column. */
    @Override
    public ValueCodec arrayCodec(Column column) {
        String element = column.storage().enumType();
        ValueCodec codec = element == null ? arrayCodec(column.type()) : PostgresCodecs.array(FieldType.STRING, element);
        return Codecs.convertedList(codec, column.storage());
    }

    @Override
    public ValueCodec codec(FieldType type) {
        return switch (type) {
            case LOCAL_TIME -> PostgresCodecs.LOCAL_TIME;
            case JSON -> PostgresCodecs.JSON;
            case ARRAY -> throw new IllegalStateException("an array's codec depends on its column's element type");
            case BOOLEAN -> BOOLEAN;
            case DECIMAL -> DECIMAL;
            case UUID -> UUID_NATIVE;
            case INSTANT -> INSTANT;
            case LOCAL_DATE -> LOCAL_DATE;
            case LOCAL_DATE_TIME -> LOCAL_DATE_TIME;
            default -> Codecs.common(type);
        };
    }

    @Override
    public String lowerFunction() {
        return "lower";
    }

    @Override
    public boolean nullsSortHigh() {
        return true;
    }

    @Override
    public String matchOperator(MatchKind kind) {
        return "LIKE";
    }

    @Override
    public String matchEscape(MatchKind kind) {
        return " ESCAPE '\\'";
    }

    @Override
    public String pattern(MatchKind kind, String text) {
        String escaped = SqlDialect.escapeLike(text);
        return switch (kind) {
            case LIKE -> text;
            case CONTAINS -> "%" + escaped + "%";
            case STARTS_WITH -> escaped + "%";
            case ENDS_WITH -> "%" + escaped;
        };
    }

    @Override
    public void arrayOp(StringBuilder sql, ExprArrayOp.Op op, Runnable array, Runnable values) {
        array.run();
        sql.append(op == ExprArrayOp.Op.CONTAINS_ALL ? " @> " : " && ");
        values.run();
    }

    @Override
    public void arraySize(StringBuilder sql, Runnable array) {
        sql.append("cardinality(");
        array.run();
        sql.append(')');
    }

    /**
     * {@code #>>} gives a value's text (a string's characters, other values their JSON text) and SQL NULL for JSON
     * null; numbers and booleans are cast only after {@code jsonb_typeof} says the value is one, so that a string at
     * the path gives null instead of failing the query.
     */
    @Override
    public void jsonValue(StringBuilder sql, Column column, Runnable json, List<String> keys, ExprJsonValue.Kind kind) {
        String path = path(keys);
        String typeOf = column != null && column.storage().jsonText() ? "json_typeof(" : "jsonb_typeof(";
        switch (kind) {
            case TEXT -> {
                sql.append('(');
                json.run();
                sql.append(" #>> ").append(path).append(')');
            }
            case NUMBER, BOOLEAN -> {
                String type = kind == ExprJsonValue.Kind.NUMBER ? "number" : "boolean";
                sql.append("(CASE WHEN ").append(typeOf);
                json.run();
                sql.append(" #> ").append(path).append(") = '").append(type).append("' THEN (");
                json.run();
                sql.append(" #>> ").append(path).append(")::").append(kind == ExprJsonValue.Kind.NUMBER ? "numeric" : "boolean")
                        .append(" END)");
            }
        }
    }

    /** {@code ARRAY['k1', 'k2']}: a key with a backslash is an escape string, whatever standard_conforming_strings says. */
    static String path(List<String> keys) {
        StringBuilder out = new StringBuilder("ARRAY[");
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key.indexOf(0) >= 0) {
                throw JsonKeys.refused(key, "postgresql", "PostgreSQL text cannot hold the character NUL");
            }
            out.append(i == 0 ? "" : ", ");
            out.append(key.indexOf('\\') >= 0 ? "E" + JsonKeys.literal(key.replace("\\", "\\\\")) : JsonKeys.literal(key));
        }
        return out.append(']').toString();
    }

    @Override
    public String syncIdentity(dev.toasty.schema.Table table) {
        Column auto = table.autoColumn();
        if (auto == null) {
            return null;
        }
        String name = quote(table.name());
        String sequence = "pg_get_serial_sequence('" + name.replace("'", "''") + "', '" + auto.name().replace("'", "''") + "')";
        // never backwards: keys drawn by other transactions, or of deleted rows, stay behind the sequence
        return "SELECT setval(" + sequence + ", GREATEST((SELECT max(" + quote(auto.name()) + ") FROM " + name + "), "
                + "pg_sequence_last_value(" + sequence + "::regclass), 1))";
    }

    @Override
    public String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(table) + " CASCADE";
    }

    @Override
    public ToastyException translate(SQLException e, Model model, String message) {
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
            return new LockNotAvailableException(message + (model == null ? "" : " on " + model.name())
                    + " could not lock a row another transaction holds [55P03]: " + e.getMessage(), e.getSQLState(), e);
        }
        if ("23503".equals(e.getSQLState())) {
            ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
            return Violations.foreignKey(model, server == null ? null : server.getConstraint(), e);
        }
        if (model == null || !"23505".equals(e.getSQLState())) {
            return null;
        }
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String constraint = server == null ? null : server.getConstraint();
        return Violations.unique(model, Violations.columnsOfConstraint(model, constraint), e.getSQLState(), e);
    }
}
