package dev.toasty.processor;

import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;

import javax.lang.model.element.TypeElement;

/**
 * The relation a model field declares: its wrapper type and the class of its type argument, the target
 * ({@code null} when the type argument names no class, a mistake already reported).
 */
record FieldRelation(Kind kind, TypeElement target) {

    /** The relation wrapper types a field may have. */
    enum Kind {
        BELONGS_TO(BelongsTo.class),
        HAS_MANY(HasMany.class),
        HAS_ONE(HasOne.class);

        private final Class<?> wrapper;

        Kind(Class<?> wrapper) {
            this.wrapper = wrapper;
        }

        /** {@code BelongsTo}, as written in the user's source and in error texts. */
        String simpleName() {
            return wrapper.getSimpleName();
        }

        /** The kind whose wrapper has this qualified name, or null when the name is no relation wrapper. */
        static Kind forTypeName(String qualifiedName) {
            for (Kind kind : values()) {
                if (kind.wrapper.getCanonicalName().equals(qualifiedName)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
