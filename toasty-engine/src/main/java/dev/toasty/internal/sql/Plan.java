package dev.toasty.internal.sql;

import dev.toasty.internal.engine.ArgSpec;
import dev.toasty.driver.Feature;

import dev.toasty.internal.sql.dialect.ValueCodec;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.schema.Model;

/**
 * Everything needed to run one statement shape again: the SQL, which argument each placeholder binds
 * and through which codec, and how to read the result. Immutable; shared by all threads.
 */
final class Plan {

    /** What the statement returns. */
    enum Kind { ROWS, ROWS_VIA, VALUES, COUNT, EXISTS, INSERT_KEYS, WRITE }

    final String operation;
    final Model model;
    final String sql;
    final int shapeId;
    final Kind kind;
    private final int[] binds;
    private final ValueCodec[] bindCodecs;
    private final MatchKind[] bindPatterns;
    final ValueCodec[] columnCodecs;
    final ValueCodec keyCodec;
    /** For {@code ROWS_VIA}: the codecs of the join model's returned fields, read after the record's columns. */
    final ValueCodec[] viaCodecs;
    /**
     * For whole records of a model read straight into its constructor's arguments: the argument of each column;
     * null when rows go through an array in field order ({@code ModelMapper.create}).
     */
    final int[] argumentOfColumn;
    /** Generated keys come from the JDBC driver ({@code getGeneratedKeys}) rather than from a RETURNING clause. */
    final boolean driverKeys;

    Plan(String operation, Model model, String sql, int shapeId, Kind kind, int[] binds, ArgSpec[] args,
         SqlDialect dialect, java.util.List<String> valueFields, dev.toasty.internal.stmt.Select.Via via,
         java.util.List<String> deferred) {
        this.operation = operation;
        this.model = model;
        this.sql = sql;
        this.shapeId = shapeId;
        this.kind = kind;
        this.binds = binds;
        this.bindCodecs = new ValueCodec[binds.length];
        this.bindPatterns = new MatchKind[binds.length];
        for (int p = 0; p < binds.length; p++) {
            ArgSpec spec = args[binds[p]];
            bindCodecs[p] = spec.array() ? (spec.column() != null ? dialect.arrayCodec(spec.column()) : dialect.arrayCodec(spec.type()))
                    : spec.column() != null ? dialect.codec(spec.column()) : dialect.codec(spec.type());
            bindPatterns[p] = spec.pattern();
        }
        this.columnCodecs = (valueFields.isEmpty() ? model.fields() : valueFields.stream().map(model::field).toList())
                .stream().map(f -> valueFields.isEmpty() && f.deferred() && !deferred.contains(f.name()) ? NOT_LOADED
                        : f.column().nullable() ? dialect.codec(f.column()) : dialect.codec(f.column()).required())
                .toArray(ValueCodec[]::new);
        this.viaCodecs = via == null ? new ValueCodec[0]
                : via.returned().stream().map(f -> dialect.codec(via.join().field(f).column())).toArray(ValueCodec[]::new);
        var auto = model.table().autoColumn();
        this.keyCodec = auto == null ? null : dialect.codec(auto.type());
        this.driverKeys = kind == Kind.INSERT_KEYS && !dialect.capability().has(Feature.RETURNING_CLAUSE);
        this.argumentOfColumn = kind == Kind.ROWS && valueFields.isEmpty() ? dev.toasty.internal.mapping.ModelMapper.of(model).argumentOfField() : null;
    }

    /** Reads a deferred field the select left out (its column is NULL there) as not loaded. */
    private static final ValueCodec NOT_LOADED = new ValueCodec() {
        @Override
        public void bind(java.sql.PreparedStatement statement, int index, Object value) {
            throw new UnsupportedOperationException("a left-out column is never bound");
        }

        @Override
        public Object read(java.sql.ResultSet rows, int index) {
            return dev.toasty.internal.mapping.ModelMapper.notLoaded();
        }
    };

    /** Binds the statement's arguments to the placeholders. */
    void bind(java.sql.PreparedStatement statement, Object[] args, SqlDialect dialect) throws java.sql.SQLException {
        for (int p = 0; p < binds.length; p++) {
            Object value = args[binds[p]];
            if (bindPatterns[p] != null && value != null) {
                value = dialect.pattern(bindPatterns[p], value.toString());
            }
            bindCodecs[p].bind(statement, p + 1, value);
        }
    }
}
