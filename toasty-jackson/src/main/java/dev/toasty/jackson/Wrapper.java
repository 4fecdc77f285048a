package dev.toasty.jackson;

import dev.toasty.Deferred;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

import java.util.List;

/**
 * The four wrapper types of Toasty's API, each seen as a value that is either not loaded or loaded with its
 * content: a list for {@code HasMany}, one value (possibly null) for the others. The serializer, the
 * deserializer and the property writer ask this, and nothing else, about a wrapper.
 */
enum Wrapper {

    HAS_MANY(HasMany.class) {
        @Override
        boolean isLoaded(Object wrapper) {
            return ((HasMany<?>) wrapper).isLoaded();
        }

        @Override
        Object content(Object wrapper) {
            return ((HasMany<?>) wrapper).get();
        }

        @Override
        Object loaded(Object content) {
            return HasMany.of((List<?>) content);
        }

        @Override
        Object unloaded() {
            return HasMany.unloaded();
        }

        /** A list has no "loaded, none" of its own ({@code []} is that), so null reads as left out. */
        @Override
        Object ofNull() {
            return unloaded();
        }

        @Override
        JavaType contentType(TypeFactory types, JavaType wrapperType) {
            return types.constructCollectionType(List.class, wrapperType.containedTypeOrUnknown(0));
        }
    },

    HAS_ONE(HasOne.class) {
        @Override
        boolean isLoaded(Object wrapper) {
            return ((HasOne<?>) wrapper).isLoaded();
        }

        @Override
        Object content(Object wrapper) {
            return ((HasOne<?>) wrapper).get();
        }

        @Override
        Object loaded(Object content) {
            return HasOne.of(content);
        }

        @Override
        Object unloaded() {
            return HasOne.unloaded();
        }
    },

    BELONGS_TO(BelongsTo.class) {
        @Override
        boolean isLoaded(Object wrapper) {
            return ((BelongsTo<?>) wrapper).isLoaded();
        }

        @Override
        Object content(Object wrapper) {
            return ((BelongsTo<?>) wrapper).get();
        }

        @Override
        Object loaded(Object content) {
            return BelongsTo.of(content);
        }

        @Override
        Object unloaded() {
            return BelongsTo.unloaded();
        }
    },

    DEFERRED(Deferred.class) {
        @Override
        boolean isLoaded(Object wrapper) {
            return ((Deferred<?>) wrapper).isLoaded();
        }

        @Override
        Object content(Object wrapper) {
            return ((Deferred<?>) wrapper).get();
        }

        @Override
        Object loaded(Object content) {
            return Deferred.of(content);
        }

        @Override
        Object unloaded() {
            return Deferred.unloaded();
        }
    };

    private final Class<?> type;

    Wrapper(Class<?> type) {
        this.type = type;
    }

    /** The wrapper of this raw type, or null for any other type. */
    static Wrapper of(Class<?> raw) {
        for (Wrapper w : values()) {
            if (w.type == raw) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code value} is one of the wrappers, not loaded. */
    static boolean isUnloaded(Object value) {
        Wrapper w = value == null ? null : of(value.getClass());
        return w != null && !w.isLoaded(value);
    }

    Class<?> type() {
        return type;
    }

    abstract boolean isLoaded(Object wrapper);

    /** The loaded content: the list of a has-many, else the value or null; throws the wrapper's own error when not loaded. */
    abstract Object content(Object wrapper);

    /** The loaded wrapper holding {@code content}. */
    abstract Object loaded(Object content);

    /** What a record built without this relation or field holds. */
    abstract Object unloaded();

    /** What a JSON null reads as: loaded and empty (a null value), except for a has-many. */
    Object ofNull() {
        return loaded(null);
    }

    /** The type of the content of {@code wrapperType} ({@code HasMany<Pet>}: {@code List<Pet>}, {@code HasOne<Pet>}: {@code Pet}). */
    JavaType contentType(TypeFactory types, JavaType wrapperType) {
        return wrapperType.containedTypeOrUnknown(0);
    }
}
