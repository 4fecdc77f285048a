package dev.toasty;

import dev.toasty.driver.Feature;

import dev.toasty.driver.Capability;
import dev.toasty.event.EngineStats;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.Verifier;
import dev.toasty.internal.read.Nodes;
import dev.toasty.internal.write.DeleteRules;
import dev.toasty.internal.write.Inserts;
import dev.toasty.internal.write.RelationWrites;
import dev.toasty.internal.write.Updates;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.query.Filter;
import dev.toasty.query.Path;
import dev.toasty.query.Upsert;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The entry point: one schema over one database. Build it once with {@link #builder()}, share it
 * across threads, close it at shutdown. Every call runs at once (no lazy loading, no unit of work);
 * inside {@link #transaction} the calls of the same thread share one connection and commit together.
 */
public final class Toasty implements AutoCloseable {

    private final Engine engine;

    Toasty(Engine engine) {
        this.engine = engine;
    }

    public static ToastyBuilder builder() {
        return new ToastyBuilder();
    }

    /** A query on all records of {@code model}. */
    public <M> Query<M> query(Class<M> model) {
        return new Query<>(engine, engine.schema().model(model));
    }

    /** Inserts one record; returns it with its generated key (a new instance for records). */
    public <M> M insert(M record) {
        return Inserts.insert(engine, modelOf(record), record);
    }

    /**
     * Inserts records of one model in as few statements as the backend allows, atomically: when one
     * fails (a duplicate unique value), none is written. Returns them with their generated keys, in order.
     */
    public <M> List<M> insertAll(List<M> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return Inserts.insertAll(engine, modelOf(records.get(0)), records);
    }

    /**
     * Inserts the record, or, when one with its key exists, updates every other field of it; returns the record as
     * stored. The record's own fields only: relations it holds are not written. Refused for a {@code @Version} model.
     */
    public <M> M upsert(M record) {
        return upsert(record, Upsert.onKey());
    }

    /**
     * Inserts the record, or, when one matching it by {@code how}'s fields (the key, a {@code @Unique} field or a unique
     * index) exists, updates the fields {@code how} names (all others, by default) or, with {@link Upsert#ignoring()},
     * leaves it as it is. Returns the record as stored: on SQL one {@code INSERT ... ON CONFLICT} (PostgreSQL, SQLite) or
     * {@code ON DUPLICATE KEY UPDATE} (MySQL, MariaDB: a clash with any unique index of the table counts) and a read;
     * on DynamoDB a read and a conditional write.
     */
    public <M> M upsert(M record, Upsert<M> how) {
        return upsertAll(List.of(record), how).get(0);
    }

    /** {@link #upsert(Object, Upsert)} of several records of one model, atomically on the SQL backends. */
    public <M> List<M> upsertAll(List<M> records, Upsert<M> how) {
        if (records.isEmpty()) {
            return List.of();
        }
        return dev.toasty.internal.write.Upserts.upsertAll(engine, modelOf(records.get(0)), records, how);
    }

    /** The record with this key (all parts, in declaration order, for a composite key), if any. */
    public <M> Optional<M> find(Class<M> model, Object... key) {
        return query(model).where(keyFilter(engine.schema().model(model), key)).first();
    }

    /** The record with this key, or {@link RecordNotFoundException}. */
    public <M> M get(Class<M> model, Object... key) {
        return find(model, key).orElseThrow(() -> new RecordNotFoundException(
                "No " + model.getSimpleName() + " with this key"));
    }

    /** The record whose {@code @Unique} (or single key) field equals {@code value}, if any. */
    public <M, V> Optional<M> findBy(Path<M, V> uniqueField, V value) {
        Model model = engine.schema().model(uniqueField.model());
        Field field = model.field(uniqueField.name());
        if (value == null) {
            throw new IllegalArgumentException("findBy(" + uniqueField + ", null): a null value identifies no record; "
                    + "use query(...).where(" + uniqueField.name() + ".isNull())");
        }
        boolean uniqueIndex = model.table().indexes().stream()
                .anyMatch(i -> i.unique() && i.columns().size() == 1 && i.columns().get(0).equals(field.column()));
        if (!field.unique() && !uniqueIndex && !(field.key() && model.key().size() == 1)) {
            throw new SchemaException("findBy(" + uniqueField + ") needs a @Unique field: mark " + uniqueField
                    + " @Unique, or use query(...).where(...).list()");
        }
        return query(uniqueField.model()).where(uniqueField.eq(value)).first();
    }

    /**
     * Writes every field of the record, found by its key; {@link RecordNotFoundException} when it is gone. The
     * children its loaded has-many and has-one relations hold are written too, in the same transaction: new ones
     * (no key) inserted, the others updated, a has-one's previous record replaced, and with
     * {@link dev.toasty.relation.HasMany.RemoveOrphans} the children no longer held deleted; a many-to-many's
     * links follow its list. Returns the record holding its children as written (with their generated keys).
     */
    public <M> M update(M record) {
        return Updates.update(engine, modelOf(record), record);
    }

    /**
     * Writes every field of each record, found by its key, in one transaction and as one batch per
     * model shape (a single JDBC batch on SQL backends, so 1000 records cost one round trip, not
     * 1000). Atomic: when one record is gone ({@link RecordNotFoundException}) or a write fails,
     * none is changed. Needs interactive transactions (not on DynamoDB: update records one by one there).
     */
    public <M> List<M> updateAll(List<M> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Verifier.require(engine.capability(), Feature.TRANSACTIONS, "updateAll (an atomic batch of updates)",
                "update each record with update(record); each one is atomic on its own");
        return Updates.updateAll(engine, modelOf(records.get(0)), records);
    }

    /**
     * Makes {@code child} one of the records of {@code parent}'s relation: for a has-many or has-one,
     * writes the child's foreign key (the child must exist); for a many-to-many, inserts the join
     * record (whose other fields must be nullable or primitive). Returns the child as now stored.
     */
    public <P, C> C link(P parent, RelationPath<P, C> relation, C child) {
        return RelationWrites.link(engine, parent, relation, child);
    }

    /**
     * Removes {@code child} from {@code parent}'s relation: sets its foreign key to null (it must be
     * nullable; delete the child otherwise), or deletes the join record of a many-to-many.
     */
    public <P, C> void unlink(P parent, RelationPath<P, C> relation, C child) {
        RelationWrites.unlink(engine, parent, relation, child);
    }

    /**
     * Replaces the has-one of {@code parent}, atomically: the current record is deleted (or unlinked when
     * its foreign key is nullable), then {@code child} is inserted (or linked, when it has a key).
     * {@code null} only removes the current one. Returns the new child as stored.
     */
    public <P, C> C replace(P parent, RelationPath<P, C> relation, C child) {
        return RelationWrites.replace(engine, parent, relation, child);
    }

    /** An update of the records that match a filter. */
    public <M> UpdateQuery<M> update(Class<M> model) {
        return new UpdateQuery<>(engine, engine.schema().model(model));
    }

    /** Deletes the record with the key of {@code record}; returns whether it existed. */
    public <M> boolean delete(M record) {
        return DeleteRules.deleteRecord(engine, modelOf(record), record);
    }

    /** A delete of the records that match a filter. */
    public <M> DeleteQuery<M> delete(Class<M> model) {
        return new DeleteQuery<>(engine, engine.schema().model(model), null, false);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public void transaction(Consumer<Toasty> work) {
        requireTransactions();
        engine.transaction(() -> {
            work.accept(this);
            return null;
        });
    }

    /** Runs {@code work} in one transaction and returns its result. */
    public <R> R inTransaction(Function<Toasty, R> work) {
        requireTransactions();
        return engine.transaction(() -> work.apply(this));
    }

    private void requireTransactions() {
        Verifier.require(engine.capability(), Feature.TRANSACTIONS, "interactive transactions",
                "write each record on its own, or batch them with insertAll");
    }

    /**
     * Native SQL with {@code :name} parameters, for what the query API cannot say (SQL backends only).
     * Runs inside the current transaction when there is one.
     */
    public NativeQuery sql(String sql) {
        return new NativeQuery(engine, sql);
    }

    /** The migrations at {@code classpath:db/toasty}, to apply, roll back, check or generate (see {@link Migrator}). */
    public Migrator migrator() {
        return migrator(dev.toasty.migrate.MigrationSettings.defaults());
    }

    /** The migrations the settings name (their location, out-of-order, baseline and validation rules). */
    public Migrator migrator(dev.toasty.migrate.MigrationSettings settings) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Migrator(engine, settings, loader != null ? loader : Toasty.class.getClassLoader());
    }

    /** Creates the tables and indexes that do not exist yet. Existing tables are left as they are. */
    public void pushSchema() {
        engine.pushSchema();
    }

    /** Drops the tables of every model, with all their rows. */
    public void dropSchema() {
        engine.dropSchema();
    }

    /**
     * How the database differs from the models: missing tables, columns and indexes, other types, nullability
     * or keys. Empty when it matches. Reads the catalog (DynamoDB: DescribeTable per table) and changes nothing.
     */
    public List<dev.toasty.schema.SchemaDifference> schemaDifferences() {
        return engine.schemaDifferences();
    }

    /** Throws a {@link SchemaMismatchException} that lists every difference when the database does not match the models. */
    public void validateSchema() {
        List<dev.toasty.schema.SchemaDifference> differences = schemaDifferences();
        if (!differences.isEmpty()) {
            throw new SchemaMismatchException(differences);
        }
    }

    public Schema schema() {
        return engine.schema();
    }

    /** What the backend can do. */
    public Capability capability() {
        return engine.capability();
    }

    /** Plan-cache and statement counters since this instance was built. */
    public EngineStats stats() {
        return engine.stats();
    }

    @Override
    public void close() {
        engine.close();
    }

    private Model modelOf(Object record) {
        if (record == null) {
            throw new IllegalArgumentException("The record is null");
        }
        return engine.schema().model(record.getClass());
    }

    private static <M> Filter<M> keyFilter(Model model, Object[] key) {
        List<Field> keyFields = model.key();
        if (key == null || key.length != keyFields.size()) {
            throw new IllegalArgumentException(model.name() + " has a key of " + keyFields.size() + " field(s) ("
                    + keyFields.stream().map(Field::name).toList() + "); " + (key == null ? 0 : key.length) + " given");
        }
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < key.length; i++) {
            Field f = keyFields.get(i);
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), f.name()), new ExprValue(coerce(f, key[i]))));
        }
        return Nodes.filter(Expr.and(terms));
    }

    /** Widens or narrows an integer key given as another integer type ({@code get(User.class, 1)} for a long key). */
    private static Object coerce(Field field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Key field " + field.name() + " cannot be null");
        }
        if (value instanceof Number n && field.type().isIntegral() && !field.column().storage().converts()
                && !(value instanceof java.math.BigDecimal)) {
            return switch (field.type()) {
                case BYTE -> n.byteValue();
                case SHORT -> n.shortValue();
                case INT -> n.intValue();
                default -> n.longValue();
            };
        }
        Class<?> expected = field.isPrimitive() ? java.lang.invoke.MethodType.methodType(field.javaType()).wrap().returnType()
                : field.javaType();
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("Key field " + field.name() + " has type " + expected.getSimpleName()
                    + ", but a " + value.getClass().getSimpleName() + " was given");
        }
        return value;
    }
}
