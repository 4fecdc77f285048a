package dev.toasty.internal.read;

import dev.toasty.RecordNotFoundException;
import dev.toasty.TooManyRecordsException;
import dev.toasty.driver.Feature;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.Select;
import dev.toasty.schema.Model;
import dev.toasty.schema.RecordAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal operations of a query ({@code list}, {@code one}, {@code last}, {@code count}, ...): each turns a
 * {@link QuerySpec} into statements for the engine and loads the includes of the records read. Stateless.
 */
public final class Reads {

    private Reads() {
    }

    public static <M> List<M> list(Engine engine, QuerySpec q) {
        if (q.hasCursor()) {
            return loaded(engine, q, Pagination.list(engine, q, q.limit()));
        }
        List<M> rows = engine.list(q.select(Select.Returning.ROWS, q.limit()));
        if (q.includes().isEmpty()) {
            return rows;
        }
        // the rows of an unfiltered, unlimited list are the whole table: includes may read children without their keys
        boolean wholeTable = Expr.TRUE.equals(q.filter()) && q.limit() == null && q.offset() == null;
        return Includes.load(engine, q.model(), rows, q.includeTree(), wholeTable);
    }

    /** Plans the query's select as {@link #list} runs it, refusing what the backend cannot do; runs nothing. */
    public static void check(Engine engine, QuerySpec q) {
        engine.check(q.select(Select.Returning.ROWS, q.limit()));
    }

    /** The values of the named fields of each record, in order; only those columns where the backend can select them. */
    public static List<Object[]> listValues(Engine engine, QuerySpec q, String... fields) {
        q.requireNoCursor();
        Model model = q.model();
        if (fields.length == 0) {
            throw new IllegalArgumentException("listValues(): name at least one field of " + model.name());
        }
        int[] indexes = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            indexes[i] = model.field(fields[i]).index();
        }
        Select select = q.select(Select.Returning.ROWS, q.limit());
        if (engine.capability().has(Feature.PROJECTIONS)) {
            return engine.list(select.withFields(List.of(fields)));
        }
        List<Object> rows = engine.list(select);
        RecordAccess records = model.records();
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = new Object[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                values[i] = records.get(row, indexes[i]);
            }
            out.add(values);
        }
        return out;
    }

    public static <M> M one(Engine engine, QuerySpec q) {
        List<M> rows = engine.list(q.select(Select.Returning.ROWS, 2L));
        Model model = q.model();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("one() found no " + model.name() + " matching the query");
        }
        if (rows.size() > 1) {
            throw new TooManyRecordsException("one() found more than one " + model.name()
                    + " matching the query: add filters, or use first() or list()");
        }
        return loaded(engine, q, rows).get(0);
    }

    /** The last record in order: the reversed query's first row, or, under a limit or offset, the last row read. */
    public static <M> Optional<M> last(Engine engine, QuerySpec q) {
        q.requireNoCursor();
        if (q.order().isEmpty()) {
            throw new IllegalStateException("last() needs an order: add orderBy(...) to the query on " + q.model().name()
                    + " (the last record of an unordered query is undefined)");
        }
        if (q.limit() != null || q.offset() != null) {
            List<M> rows = list(engine, q);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
        }
        List<M> rows = loaded(engine, q, engine.list(q.reversedSelect(q.filter(), 1L)));
        return rows.stream().findFirst();
    }

    public static long count(Engine engine, QuerySpec q) {
        return engine.count(q.select(Select.Returning.COUNT, q.limit()));
    }

    public static boolean exists(Engine engine, QuerySpec q) {
        if (q.limit() != null && q.limit() == 0) {
            q.requireNoCursor();
            return false;
        }
        return engine.exists(q.select(Select.Returning.EXISTS, null));
    }

    /** One page of at most {@code size} records; includes load for the page's records only. */
    public static <M> Slice<M> paginate(Engine engine, QuerySpec q, int size) {
        if (q.includes().isEmpty()) {
            return Pagination.page(engine, q, size);
        }
        Slice<M> page = Pagination.page(engine, q.withIncludes(List.of()), size);
        return new Slice<>(loaded(engine, q, page.items()), page.nextCursor(), page.previousCursor());
    }

    private static <M> List<M> loaded(Engine engine, QuerySpec q, List<M> rows) {
        return q.includes().isEmpty() ? rows : Includes.load(engine, q.model(), rows, q.includeTree(), false);
    }
}
