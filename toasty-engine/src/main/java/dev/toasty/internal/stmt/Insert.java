package dev.toasty.internal.stmt;

import java.util.List;

/**
 * Inserts rows of one model. {@code fields} names the written fields in order (an {@code @Auto} key
 * left null is not among them); each row holds one expression per field. With {@code onConflict} it is an upsert.
 */
public record Insert(Class<?> model, List<String> fields, List<List<Expr>> rows, boolean returnKeys, OnConflict onConflict)
        implements Statement {

    /**
     * An upsert: when a row with the same values in {@code target} (the key or a unique index) exists, its
     * {@code update} fields take the new row's values instead, or, with none, the row is left as it is.
     */
    public record OnConflict(List<String> target, List<String> update) {

        public OnConflict {
            target = List.copyOf(target);
            update = List.copyOf(update);
        }
    }

    public Insert(Class<?> model, List<String> fields, List<List<Expr>> rows, boolean returnKeys) {
        this(model, fields, rows, returnKeys, null);
    }

    public Insert {
        fields = List.copyOf(fields);
        List<List<Expr>> copies = new java.util.ArrayList<>(rows.size());
        for (List<Expr> row : rows) {
            copies.add(List.copyOf(row)); // no copy when the row is already unmodifiable
        }
        rows = java.util.Collections.unmodifiableList(copies);
    }
}
