package dev.toasty.internal.stmt;

import java.util.List;

/**
 * Inserts rows of one model. {@code fields} names the written fields in order (an {@code @Auto} key
 * left null is not among them); each row holds one expression per field.
 */
public record Insert(Class<?> model, List<String> fields, List<List<Expr>> rows, boolean returnKeys)
        implements Statement {

    public Insert {
        fields = List.copyOf(fields);
        List<List<Expr>> copies = new java.util.ArrayList<>(rows.size());
        for (List<Expr> row : rows) {
            copies.add(List.copyOf(row)); // no copy when the row is already unmodifiable
        }
        rows = java.util.Collections.unmodifiableList(copies);
    }
}
