package dev.toasty.internal.engine;

/**
 * A planned statement shape, ready to run with one execution's values. Immutable and shared by all
 * threads; it publishes one event per request it sends to the database.
 */
@FunctionalInterface
public interface Operation {

    /**
     * Runs the plan. Returns the rows ({@code List}), a count or change count ({@code Long}), an
     * existence ({@code Boolean}) or the generated keys ({@code List}), as the statement asks. {@code start}
     * is null but for pages of a backend that pages by start key.
     */
    Object execute(Object[] args, Start start, Events events);

    /**
     * Runs a write plan once per argument array and returns each run's change count. Backends with
     * batches send them together (one JDBC batch); the default runs them one after another.
     */
    default long[] executeBatch(java.util.List<Object[]> args, Events events) {
        long[] counts = new long[args.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (Long) execute(args.get(i), null, events);
        }
        return counts;
    }
}
