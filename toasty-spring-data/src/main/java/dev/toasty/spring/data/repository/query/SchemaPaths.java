package dev.toasty.spring.data.repository.query;

import dev.toasty.SchemaException;
import dev.toasty.Toasty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API: the {@link FieldPaths} of the models of one {@link Toasty} instance, each made on first use,
 * so that a path across relations finds the paths of every model it reaches. Thread-safe.
 */
public final class SchemaPaths {

    private final Toasty toasty;
    private final Map<Class<?>, FieldPaths> paths = new ConcurrentHashMap<>();

    public SchemaPaths(Toasty toasty) {
        this.toasty = toasty;
    }

    /** The paths of the model {@code type}; {@link IllegalStateException} when it is not a model of this instance. */
    public FieldPaths of(Class<?> type) {
        return paths.computeIfAbsent(type, this::create);
    }

    private FieldPaths create(Class<?> type) {
        try {
            return FieldPaths.of(toasty.schema().model(type));
        } catch (SchemaException e) {
            throw new IllegalStateException(type.getName() + " is not a model of this Toasty instance: " + e.getMessage(), e);
        }
    }
}
