package dev.toasty.benchmarks;

import dev.toasty.benchmarks.raw.RawJdbc;
import dev.toasty.benchmarks.toasty.ToastyContender;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** The contenders by name, as the benchmarks' {@code impl} parameter and the ratio table spell them. */
public final class Contenders {

    public static final String RAW = "raw";
    public static final List<String> ALL = List.of(RAW, "toasty", "jpa", "jdbc", "jooq");

    private Contenders() {
    }

    /** Starts contender {@code name} over {@code db}; the peers start their own Spring context or DSL. */
    public static Contender create(String name, Database db) {
        return switch (name) {
            case RAW -> new RawJdbc(db);
            case "toasty" -> new ToastyContender(db);
            case "jpa" -> peer("dev.toasty.benchmarks.jpa.JpaContender", db);
            case "jdbc" -> peer("dev.toasty.benchmarks.springjdbc.SpringJdbcContender", db);
            case "jooq" -> peer("dev.toasty.benchmarks.jooq.JooqContender", db);
            default -> throw new IllegalArgumentException("Unknown contender '" + name + "': use one of " + ALL);
        };
    }

    /** The peers are found by name so each lives in its own package with its own library's imports. */
    private static Contender peer(String className, Database db) {
        try {
            return (Contender) Class.forName(className).getMethod("start", Database.class).invoke(null, db);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Contender class " + className + " is missing or has no start(Database)", e);
        }
    }
}
