package dev.toasty.internal.stmt;

import java.util.List;

/**
 * A query on one model. {@code limit} and {@code offset} are expressions (values, then arguments) or null.
 * {@code allowScan} says the caller accepts reading the whole table where no key or index answers the
 * filter (backends without {@code fullScan} refuse such a query otherwise). {@code fields} names the
 * fields a row returns as values, in that order; empty means whole records. {@code deferred} names the
 * deferred fields whole records load; the others are left out. {@code lock} is the row lock the select takes,
 * or null for none.
 */
public record Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning,
                     boolean allowScan, List<String> fields, Via via, List<String> deferred, RowLock lock)
        implements Statement {

    /**
     * Reads the model's records through a join model (SQL only): {@code FROM model JOIN join ON
     * join.joinFields = model's key}, each row also returning the join model's {@code returned} fields.
     * The filter may name fields of both models. Rows come back as {@code Object[]{record, returned...}}.
     */
    public record Via(dev.toasty.schema.Model join, List<String> joinFields, List<String> returned) {
        public Via {
            joinFields = List.copyOf(joinFields);
            returned = List.copyOf(returned);
        }
    }

    public Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning,
                  boolean allowScan, List<String> fields) {
        this(model, filter, order, limit, offset, returning, allowScan, fields, null, List.of(), null);
    }

    public Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning,
                  boolean allowScan, List<String> fields, Via via) {
        this(model, filter, order, limit, offset, returning, allowScan, fields, via, List.of(), null);
    }

    /** The same select loading the deferred fields {@code names} too. */
    public Select withDeferred(List<String> names) {
        return new Select(model, filter, order, limit, offset, returning, allowScan, fields, via, names, lock);
    }

    /** The same select with another filter, everything else kept. */
    public Select withFilter(Expr newFilter) {
        return new Select(model, newFilter, order, limit, offset, returning, allowScan, fields, via, deferred, lock);
    }

    /** The same select taking this row lock (null for none). */
    public Select withLock(RowLock value) {
        return new Select(model, filter, order, limit, offset, returning, allowScan, fields, via, deferred, value);
    }

    public Select {
        if (lock != null && lock.strength() == null) {
            throw new IllegalArgumentException("lock: a statement's row lock names its strength");
        }
        order = List.copyOf(order);
        fields = List.copyOf(fields);
        deferred = List.copyOf(deferred);
    }

    public Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning,
                  boolean allowScan) {
        this(model, filter, order, limit, offset, returning, allowScan, List.of());
    }

    /** The same select returning only the values of {@code names}. */
    public Select withFields(List<String> names) {
        return new Select(model, filter, order, limit, offset, returning, allowScan, names, via, deferred, lock);
    }

    public Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning) {
        this(model, filter, order, limit, offset, returning, false);
    }

    /** What the select returns. */
    public enum Returning { ROWS, COUNT, EXISTS }
}
