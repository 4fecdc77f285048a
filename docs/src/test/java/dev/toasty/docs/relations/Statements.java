package dev.toasty.docs.relations;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the SQL of every executed statement, DDL apart, for the chapters' statement counts and schema. */
public final class Statements implements StatementListener {

    private final List<String> sql = new CopyOnWriteArrayList<>();
    private final List<String> ddl = new CopyOnWriteArrayList<>();

    @Override
    public void onStatement(StatementEvent event) {
        (event.operation().equals("DDL") ? ddl : sql).add(event.sql());
    }

    /** The DDL statements run so far ({@code pushSchema()}). */
    public List<String> ddl() {
        return List.copyOf(ddl);
    }

    /** The other statements since the last {@link #clear()}. */
    public List<String> sql() {
        return List.copyOf(sql);
    }

    public void clear() {
        sql.clear();
    }
}
