package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Contenders;
import dev.toasty.benchmarks.Data;
import dev.toasty.benchmarks.Database;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every scenario shares: the database and the contender of one trial (a fresh table load per
 * trial), and ids cycling over the loaded items. The two parameters make the ratio table's rows.
 */
@State(Scope.Thread)
public abstract class Trial {

    @Param({"sqlite", "postgresql"})
    public String db;

    @Param({"raw", "toasty", "jpa", "jdbc", "jooq"})
    public String impl;

    protected Database database;
    protected Contender contender;
    private long next;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(db);
        contender = Contenders.create(impl, database);
    }

    @TearDown(Level.Trial)
    public void close() {
        contender.close();
        database.close();
    }

    /** The next id of the loaded items, cycling 1..{@link Data#ITEMS}. */
    protected long nextId() {
        next = next % Data.ITEMS + 1;
        return next;
    }
}
