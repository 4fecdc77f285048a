package dev.toasty.benchmarks.jooq;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;

/**
 * The benchmark tables and their typed columns, declared by hand (no code generation, which would need
 * a database at build time). Columns are qualified by their table so S7's correlated subquery is unambiguous.
 */
final class BenchTables {

    static final Table<Record> ITEM = DSL.table(DSL.name("bench_item"));
    static final Field<Long> ID = DSL.field(DSL.name("bench_item", "id"), SQLDataType.BIGINT);
    static final Field<String> NAME = DSL.field(DSL.name("bench_item", "name"), SQLDataType.VARCHAR);
    static final Field<String> CATEGORY = DSL.field(DSL.name("bench_item", "category"), SQLDataType.VARCHAR);
    static final Field<String> NOTE = DSL.field(DSL.name("bench_item", "note"), SQLDataType.VARCHAR);
    static final Field<Integer> QTY = DSL.field(DSL.name("bench_item", "qty"), SQLDataType.INTEGER);
    static final Field<Integer> GRADE = DSL.field(DSL.name("bench_item", "grade"), SQLDataType.INTEGER);
    static final Field<Long> PRICE = DSL.field(DSL.name("bench_item", "price"), SQLDataType.BIGINT);
    static final Field<Long> STOCK = DSL.field(DSL.name("bench_item", "stock"), SQLDataType.BIGINT);
    static final Field<Double> SCORE = DSL.field(DSL.name("bench_item", "score"), SQLDataType.DOUBLE);
    static final Field<Boolean> ACTIVE = DSL.field(DSL.name("bench_item", "active"), SQLDataType.BOOLEAN);

    /** The columns an insert or a full update writes, in table order. */
    static final List<Field<?>> ITEM_VALUES = List.of(NAME, CATEGORY, NOTE, QTY, GRADE, PRICE, STOCK, SCORE, ACTIVE);
    static final List<Field<?>> ITEM_COLUMNS = List.of(ID, NAME, CATEGORY, NOTE, QTY, GRADE, PRICE, STOCK, SCORE, ACTIVE);

    static final Table<Record> USER = DSL.table(DSL.name("bench_user"));
    static final Field<Long> USER_ID = DSL.field(DSL.name("bench_user", "id"), SQLDataType.BIGINT);
    static final Field<String> USER_NAME = DSL.field(DSL.name("bench_user", "name"), SQLDataType.VARCHAR);
    static final Field<String> USER_EMAIL = DSL.field(DSL.name("bench_user", "email"), SQLDataType.VARCHAR);

    static final Table<Record> POST = DSL.table(DSL.name("bench_post"));
    static final Field<Long> POST_ID = DSL.field(DSL.name("bench_post", "id"), SQLDataType.BIGINT);
    static final Field<Long> POST_USER_ID = DSL.field(DSL.name("bench_post", "user_id"), SQLDataType.BIGINT);
    static final Field<String> POST_TITLE = DSL.field(DSL.name("bench_post", "title"), SQLDataType.VARCHAR);
    static final Field<String> POST_BODY = DSL.field(DSL.name("bench_post", "body"), SQLDataType.VARCHAR);

    private BenchTables() {
    }
}
