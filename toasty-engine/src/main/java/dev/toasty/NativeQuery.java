package dev.toasty;

import dev.toasty.internal.engine.Engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Native SQL with named parameters ({@code :name}), for what the query API cannot say. Rows map to
 * a model by column name; values are bound as parameters, never spliced into the text. SQL backends
 * only: on DynamoDB running it throws {@link UnsupportedFeatureException}. Not thread-safe; build one per call.
 *
 * <pre>{@code
 * List<User> users = db.sql("select * from users where lower(name) = lower(:name)")
 *         .bind("name", "Ada")
 *         .list(User.class);
 * long changed = db.sql("update users set active = false where last_seen < :cutoff").bind("cutoff", cutoff).execute();
 * }</pre>
 *
 * A collection value expands to one parameter per element, for {@code in (:ids)}.
 */
public final class NativeQuery {

    private final Engine engine;
    private final String sql;
    private final Map<String, Object> values = new LinkedHashMap<>();

    NativeQuery(Engine engine, String sql) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("sql: must not be empty");
        }
        this.engine = engine;
        this.sql = sql;
    }

    /** Gives the parameter {@code :name} a value (null is SQL NULL). */
    public NativeQuery bind(String name, Object value) {
        values.put(Objects.requireNonNull(name, "name"), value);
        return this;
    }

    /** Gives several parameters their values. */
    public NativeQuery bind(Map<String, ?> named) {
        named.forEach(this::bind);
        return this;
    }

    /** Runs the query and maps each row to {@code model}; the result must have a column for every field. */
    @SuppressWarnings("unchecked")
    public <M> List<M> list(Class<M> model) {
        return (List<M>) engine.runNative(sql, values, Objects.requireNonNull(model, "model"));
    }

    /** Runs a statement that changes rows (insert, update, delete, DDL) and returns how many it changed. */
    public long execute() {
        return (Long) engine.runNative(sql, values, null);
    }

    @Override
    public String toString() {
        return "NativeQuery[" + sql + "]";
    }
}
