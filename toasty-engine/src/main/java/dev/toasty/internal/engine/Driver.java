package dev.toasty.internal.engine;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.SchemaDifference;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A backend as the engine sees it: it plans a parameterized statement shape once (the engine caches
 * the result by shape) and runs the plan with each execution's values. SQL backends plan to SQL text
 * and binds; DynamoDB plans to key-value operations. Implementations are thread-safe.
 */
public interface Driver extends AutoCloseable {

    Capability capability();

    /**
     * Plans one statement shape (its values are {@code ExprArg}s numbered from 0), given as written and as
     * {@link Verifier#checked lowered and verified} by the engine: a driver plans only what its capability allows.
     */
    Operation plan(Statement shape, Lowering.Lowered lowered, Model model);

    /** Whether the calling thread runs inside a transaction (its own, or a framework's it joins). */
    default boolean inTransaction() {
        return false;
    }

    /** Runs {@code work} atomically where the backend can; nested calls join the outer one. */
    <R> R transaction(Supplier<R> work, Events events);

    /** Creates what the schema needs and does not exist yet. */
    void pushSchema(Schema schema, Events events);

    /** Drops what {@link #pushSchema} creates, with its data. */
    void dropSchema(Schema schema, Events events);

    /** How the database differs from what {@link #pushSchema} would create; reads only, changes nothing. */
    default List<SchemaDifference> schemaDifferences(Schema schema, Events events) {
        throw new UnsupportedFeatureException("schema validation", capability().backend(),
                "check the schema with the database's own tools");
    }

    /** What this backend does for migrations, for one operation (a migrate, a status, a rollback). */
    default dev.toasty.internal.migrate.MigrationTarget migrationTarget(Events events) {
        throw new UnsupportedFeatureException("migrations", capability().backend(), "create the schema with pushSchema()");
    }

    /** After rows were inserted with explicit identity values, moves the identity past them. */
    default void syncIdentity(Model model, Events events) {
    }

    /** Whether pages continue from a start key ({@link #startKeyFields}) rather than by a keyset filter. */
    default boolean pagesByStartKey() {
        return false;
    }

    /**
     * For backends that page by a start key (DynamoDB's {@code ExclusiveStartKey}) rather than by a keyset
     * filter: the fields whose values identify the position after a row of this select. Null when the
     * engine's keyset filter pages (SQL).
     */
    default List<Field> startKeyFields(Select shape, Model model, int argCount) {
        return null;
    }

    /**
     * Runs native SQL with {@code :name} parameters: the rows mapped to {@code model}, or the number
     * of rows changed when {@code model} is null. Only SQL backends can.
     */
    default Object runNative(NativeSql sql, Map<String, ?> values, Model model, Schema schema, Events events) {
        throw new UnsupportedFeatureException("native SQL", capability().backend(),
                "use the query API (db.query(...)), which runs on every backend");
    }

    @Override
    void close();

    /** Whether a list of {@code type} values binds as one array parameter ({@code = ANY(?)}). */
    default boolean bindsArrays(dev.toasty.schema.FieldType type) {
        return false;
    }
}
