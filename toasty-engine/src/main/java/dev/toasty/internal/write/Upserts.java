package dev.toasty.internal.write;

import dev.toasty.UniqueViolationException;
import dev.toasty.query.Upsert;
import dev.toasty.driver.Feature;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.Stamps;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.TableIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Insert-or-update by the key or a unique index. On SQL one statement per batch ({@code ON CONFLICT ... DO UPDATE},
 * {@code ON DUPLICATE KEY UPDATE}) and one read of the stored records, in a transaction; on DynamoDB a consistent read
 * of each record, then an insert conditional on its absence or an update, read again when another writer inserted
 * first. Returns the records as stored.
 */
public final class Upserts {

    private static final int RACES = 10;

    private Upserts() {
    }

    public static <M> List<M> upsertAll(Engine engine, Model model, List<M> records, Upsert<M> how) {
        if (model.version() != null) {
            throw new IllegalArgumentException("upsert(...) of " + model.name() + ", which has a @Version field: an upsert "
                    + "cannot know the version it overwrites; use insert(...) for new records and update(...) for read ones");
        }
        List<Field> target = target(model, how);
        List<Field> update = update(engine, model, how, target);
        List<M> prepared = new ArrayList<>(records.size());
        Set<List<Object>> seen = new HashSet<>();
        for (M record : records) {
            if (record == null) {
                throw new IllegalArgumentException("upsert(...) was given a null " + model.name());
            }
            if (record.getClass() != model.type()) {
                throw new IllegalArgumentException("upsertAll(...) takes records of one model: " + model.name() + " and "
                        + record.getClass().getSimpleName() + " were mixed");
            }
            M stamped = Inserts.clientKey(model, Stamps.onInsert(engine.writes(), model, record));
            Object[] values = model.records().values(stamped);
            Checks.validate(model, values);
            Checks.requireLoaded(model, values);
            List<Object> identity = new ArrayList<>();
            for (Field f : target) {
                if (values[f.index()] == null) {
                    throw new IllegalArgumentException("upsert(...) of a " + model.name() + " without a value in " + f.name()
                            + ", which identifies the record: give it one, or insert(...) the record");
                }
                identity.add(values[f.index()]);
            }
            if (!seen.add(identity)) {
                throw new IllegalArgumentException("upsertAll(...) holds two " + model.name() + "s with the same "
                        + names(target) + " " + identity + ": one statement cannot write a record twice");
            }
            prepared.add(stamped);
        }
        engine.writes().checks().check(model, prepared);
        if (prepared.isEmpty()) {
            return List.of();
        }
        if (engine.capability().has(Feature.UPSERT)) {
            // one record is one atomic statement, then a read of what is stored: no BEGIN and COMMIT around them
            return prepared.size() == 1 ? statement(engine, model, prepared, target, update)
                    : engine.transaction(() -> statement(engine, model, prepared, target, update));
        }
        List<M> out = new ArrayList<>(prepared.size());
        for (M record : prepared) {
            out.add(readThenWrite(engine, model, record, target, update, how.ignores()));
        }
        return out;
    }

    /** The fields that identify the record: the key, or fields that are exactly the columns of a unique index. */
    private static <M> List<Field> target(Model model, Upsert<M> how) {
        if (how.on().isEmpty()) {
            return model.key();
        }
        List<Field> fields = how.on().stream().map(p -> model.field(p.name())).toList();
        Set<Column> columns = new HashSet<>(fields.stream().map(Field::column).toList());
        boolean key = columns.equals(new HashSet<>(model.key().stream().map(Field::column).toList()));
        boolean unique = model.table().indexes().stream().filter(TableIndex::unique)
                .anyMatch(i -> new HashSet<>(i.columns()).equals(columns));
        if (!key && !unique) {
            throw new IllegalArgumentException("upsert(...) on " + names(fields) + " of " + model.name() + ": these fields "
                    + "are neither the key nor a unique index, so they cannot identify one record; mark the field @Unique "
                    + "or declare a unique @Index on them");
        }
        return fields;
    }

    /** The fields an existing record takes from the new one: those named, or every field but the target and the key. */
    private static <M> List<Field> update(Engine engine, Model model, Upsert<M> how, List<Field> target) {
        if (how.ignores()) {
            return List.of();
        }
        if (!how.update().isEmpty()) {
            List<Field> named = how.update().stream().map(p -> model.field(p.name())).toList();
            for (Field f : named) {
                if (target.contains(f) || f.key()) {
                    throw new IllegalArgumentException("upsert(...) updating(" + f.name() + "): " + f.name()
                            + " identifies the record and cannot change");
                }
            }
            return named;
        }
        return model.fields().stream()
                .filter(f -> !f.key() && !target.contains(f) && !Stamps.createdOnly(engine.writes(), model, f))
                .filter(f -> !f.deferred())
                .toList();
    }

    private static <M> List<M> statement(Engine engine, Model model, List<M> records, List<Field> target, List<Field> update) {
        List<String> targetNames = target.stream().map(Field::name).toList();
        List<String> updateNames = update.stream().map(Field::name).toList();
        List<List<String>> written = records.stream().map(r -> written(model, r)).toList();
        int from = 0;
        while (from < records.size()) {
            List<String> fields = written.get(from);
            int chunk = Math.max(1, engine.capability().maxBindParameters() / Math.max(1, fields.size()));
            int to = from;
            List<List<Expr>> rows = new ArrayList<>();
            while (to < records.size() && to - from < chunk && written.get(to).equals(fields)) {
                Object[] values = model.records().values(records.get(to));
                rows.add(fields.stream().map(f -> (Expr) new ExprValue(values[model.field(f).index()])).toList());
                to++;
            }
            engine.insert(new Insert(model.type(), fields, rows, false, new Insert.OnConflict(targetNames, updateNames)));
            from = to;
        }
        List<M> out = new ArrayList<>(records.size());
        for (M record : records) {
            out.add(stored(engine, model, record, target));
        }
        return out;
    }

    /** The fields an insert of {@code record} writes: all, but an {@code @Auto} identity key left unset. */
    private static List<String> written(Model model, Object record) {
        List<String> out = new ArrayList<>();
        for (Field f : model.fields()) {
            Object v = model.records().get(record, f.index());
            boolean unsetIdentity = f.key() && f.auto() && f.type().isIntegral()
                    && (v == null || (f.isPrimitive() && ((Number) v).longValue() == 0));
            if (!unsetIdentity && !f.deferred()) {
                out.add(f.name());
            }
        }
        return out;
    }

    private static <M> M stored(Engine engine, Model model, M record, List<Field> target) {
        M stored = find(engine, model, record, target);
        if (stored == null) {
            throw new IllegalStateException("upsert(...) of " + model.name() + " found no record by " + names(target)
                    + " after writing it");
        }
        return stored;
    }

    /** Without a one-statement upsert: read, then insert (conditional on absence) or update; again if another wrote first. */
    private static <M> M readThenWrite(Engine engine, Model model, M record, List<Field> target, List<Field> update,
                                       boolean ignore) {
        for (int attempt = 0; attempt < RACES; attempt++) {
            M existing = find(engine, model, record, target);
            if (existing == null) {
                try {
                    return Inserts.insert(engine, model, record);
                } catch (UniqueViolationException raced) {
                    continue;
                }
            }
            if (ignore || update.isEmpty()) {
                return existing;
            }
            Object merged = existing;
            for (Field f : update) {
                merged = model.records().with(merged, f.index(), model.records().get(record, f.index()));
            }
            @SuppressWarnings("unchecked")
            M written = (M) merged;
            if (Updates.writeRow(engine, model, model.records().values(written))) {
                return written;
            }
        }
        throw new IllegalStateException("upsert(...) of " + model.name() + " lost the race " + RACES + " times to other writers");
    }

    @SuppressWarnings("unchecked")
    private static <M> M find(Engine engine, Model model, M record, List<Field> target) {
        Object[] values = model.records().values(record);
        List<Expr> terms = new ArrayList<>();
        for (Field f : target) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), f.name()), new ExprValue(values[f.index()])));
        }
        List<M> rows = engine.list(new Select(model.type(), Expr.and(terms), List.of(), null, null, Select.Returning.ROWS));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String names(List<Field> fields) {
        return String.join(", ", fields.stream().map(Field::name).toList());
    }
}
