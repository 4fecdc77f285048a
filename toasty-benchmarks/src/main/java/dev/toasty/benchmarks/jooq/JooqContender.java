package dev.toasty.benchmarks.jooq;

import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.ItemData;
import dev.toasty.benchmarks.ItemFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Loader;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.List;

import static dev.toasty.benchmarks.jooq.BenchTables.ACTIVE;
import static dev.toasty.benchmarks.jooq.BenchTables.CATEGORY;
import static dev.toasty.benchmarks.jooq.BenchTables.GRADE;
import static dev.toasty.benchmarks.jooq.BenchTables.ID;
import static dev.toasty.benchmarks.jooq.BenchTables.ITEM;
import static dev.toasty.benchmarks.jooq.BenchTables.ITEM_COLUMNS;
import static dev.toasty.benchmarks.jooq.BenchTables.ITEM_VALUES;
import static dev.toasty.benchmarks.jooq.BenchTables.NAME;
import static dev.toasty.benchmarks.jooq.BenchTables.NOTE;
import static dev.toasty.benchmarks.jooq.BenchTables.POST;
import static dev.toasty.benchmarks.jooq.BenchTables.POST_BODY;
import static dev.toasty.benchmarks.jooq.BenchTables.POST_ID;
import static dev.toasty.benchmarks.jooq.BenchTables.POST_TITLE;
import static dev.toasty.benchmarks.jooq.BenchTables.POST_USER_ID;
import static dev.toasty.benchmarks.jooq.BenchTables.PRICE;
import static dev.toasty.benchmarks.jooq.BenchTables.QTY;
import static dev.toasty.benchmarks.jooq.BenchTables.SCORE;
import static dev.toasty.benchmarks.jooq.BenchTables.STOCK;
import static dev.toasty.benchmarks.jooq.BenchTables.USER;
import static dev.toasty.benchmarks.jooq.BenchTables.USER_EMAIL;
import static dev.toasty.benchmarks.jooq.BenchTables.USER_ID;
import static dev.toasty.benchmarks.jooq.BenchTables.USER_NAME;

/**
 * jOOQ over the shared pool with hand-declared tables: typed DSL queries, rows mapped by
 * {@link RecordMapper} lambdas, S4 through the Loader API (batched multi-row INSERTs), S6 as one JDBC batch
 * and S7 as one MULTISET query.
 */
public final class JooqContender implements Contender {

    /**
     * S4's throttling: 100-row INSERTs (900 bind values, under the 999 beyond which jOOQ inlines every
     * value on SQLite), 10 of them per JDBC batch, so 1000 rows per round trip as in the raw reference.
     * Measured faster than single-row batches on both databases, as the manual's throttling section asks.
     */
    private static final int LOAD_BULK = 100;
    private static final int LOAD_BATCH = 10;

    private static final RecordMapper<Record, JooqItem> ITEM_MAPPER = r -> new JooqItem(r.get(ID), r.get(NAME), r.get(CATEGORY),
            r.get(NOTE), r.get(QTY), r.get(GRADE), r.get(PRICE), r.get(STOCK), r.get(SCORE), r.get(ACTIVE));

    private static final RecordMapper<Record, UserPosts.Post> POST_MAPPER = r -> new UserPosts.Post(r.get(POST_ID),
            r.get(POST_USER_ID), r.get(POST_TITLE), r.get(POST_BODY));

    private final DSLContext ctx;

    private JooqContender(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Default settings. On SQLite they make S3 follow its INSERT with
     * {@code SELECT ... WHERE _rowid_ = last_insert_rowid()}, in case an {@code AFTER} trigger changed
     * the row; {@code Settings.withFetchTriggerValuesAfterReturning(NEVER)} would send one
     * {@code INSERT ... RETURNING} instead, but {@code Settings} needs JAXB's annotations to compile.
     */
    public static Contender start(Database db) {
        return new JooqContender(DSL.using(db.dataSource(), db.postgres() ? SQLDialect.POSTGRES : SQLDialect.SQLITE));
    }

    @Override
    public Object find(long id) {
        return ctx.select(ITEM_COLUMNS).from(ITEM).where(ID.eq(id)).fetchOne(ITEM_MAPPER);
    }

    @Override
    public List<?> listActive(int n) {
        return ctx.select(ITEM_COLUMNS).from(ITEM).where(ACTIVE.eq(true)).orderBy(ID).limit(n).fetch(ITEM_MAPPER);
    }

    @Override
    public long insert(ItemData item) {
        return ctx.insertInto(ITEM, NAME, CATEGORY, NOTE, QTY, GRADE, PRICE, STOCK, SCORE, ACTIVE)
                .values(item.name(), item.category(), item.note(), item.qty(), item.rank(), item.price(), item.stock(),
                        item.score(), item.active())
                .returningResult(ID)
                .fetchOne()
                .value1();
    }

    /** The Loader API, the manual's tool for importing data: batched multi-row INSERTs inside the surrounding transaction. */
    @Override
    public void insertAll(List<ItemData> items) {
        ctx.transaction(trx -> {
            Loader<Record> loader = trx.dsl().loadInto(ITEM)
                    .bulkAfter(LOAD_BULK)
                    .batchAfter(LOAD_BATCH)
                    .commitNone()
                    .loadArrays(items.stream().map(JooqContender::values))
                    .fields(ITEM_VALUES)
                    .execute();
            // the Loader collects errors instead of throwing them
            if (!loader.errors().isEmpty()) {
                throw loader.errors().getFirst().exception();
            }
        });
    }

    @Override
    public void updateQty(long id, int qty) {
        ctx.update(ITEM).set(QTY, qty).where(ID.eq(id)).execute();
    }

    @Override
    public void updateAll(List<ItemData> items) {
        Object[][] binds = new Object[items.size()][];
        for (int i = 0; i < binds.length; i++) {
            ItemData item = items.get(i);
            Object[] row = values(item);
            binds[i] = Arrays.copyOf(row, row.length + 1);
            binds[i][row.length] = item.id();
        }
        ctx.transaction(trx -> trx.dsl().batch(trx.dsl().update(ITEM)
                        .set(NAME, (String) null)
                        .set(CATEGORY, (String) null)
                        .set(NOTE, (String) null)
                        .set(QTY, (Integer) null)
                        .set(GRADE, (Integer) null)
                        .set(PRICE, (Long) null)
                        .set(STOCK, (Long) null)
                        .set(SCORE, (Double) null)
                        .set(ACTIVE, (Boolean) null)
                        .where(ID.eq((Long) null)), binds)
                .execute());
    }

    @Override
    public int usersWithPosts() {
        Field<List<UserPosts.Post>> posts = DSL.multiset(DSL.select(POST_ID, POST_USER_ID, POST_TITLE, POST_BODY)
                        .from(POST)
                        .where(POST_USER_ID.eq(USER_ID))
                        .orderBy(POST_ID))
                .convertFrom(r -> r.map(POST_MAPPER));
        List<UserPosts> users = ctx.select(USER_ID, USER_NAME, USER_EMAIL, posts)
                .from(USER)
                .orderBy(USER_ID)
                .fetch(r -> new UserPosts(r.get(USER_ID), r.get(USER_NAME), r.get(USER_EMAIL), r.get(posts)));
        int count = 0;
        for (UserPosts user : users) {
            count += user.posts().size();
        }
        return count;
    }

    @Override
    public List<?> filter(ItemFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.category() != null) {
            where = where.and(CATEGORY.eq(filter.category()));
        }
        if (filter.minQty() != null) {
            where = where.and(QTY.ge(filter.minQty()));
        }
        if (filter.active() != null) {
            where = where.and(ACTIVE.eq(filter.active()));
        }
        return ctx.select(ITEM_COLUMNS).from(ITEM).where(where).orderBy(ID).limit(ItemFilter.LIMIT).fetch(ITEM_MAPPER);
    }

    /** The nine non-key columns of an item, in {@link BenchTables#ITEM_VALUES} order. */
    private static Object[] values(ItemData item) {
        return new Object[] {item.name(), item.category(), item.note(), item.qty(), item.rank(), item.price(), item.stock(),
                item.score(), item.active()};
    }

    @Override
    public ItemData view(Object item) {
        JooqItem i = (JooqItem) item;
        return new ItemData(i.id(), i.name(), i.category(), i.note(), i.qty(), i.rank(), i.price(), i.stock(), i.score(), i.active());
    }

    /** The DSLContext holds no resources of its own: connections come from the pool, which {@link Database} owns. */
    @Override
    public void close() {
    }
}
