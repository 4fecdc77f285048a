package dev.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A JSON field. Besides the filters of every field (which compare whole documents), {@link #path}
 * reaches a value inside the document, to filter and order by it where the backend can
 * (PostgreSQL, MySQL, SQLite; DynamoDB refuses with {@code UnsupportedFeatureException}).
 */
public class JsonPath<M, V> extends Path<M, V> {

    protected JsonPath(Class<M> model, String name, Class<V> type) {
        super(model, name, type);
    }

    /** The value under {@code keys} ({@code Post_.meta.path("author", "lang")}), read as text unless asked otherwise. */
    public final JsonValuePath<M> path(String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("path() on " + this + " needs at least one key");
        }
        for (String k : keys) {
            Objects.requireNonNull(k, "a JSON key");
        }
        return new JsonValuePath<>(this, List.of(keys));
    }
}
