package dev.toasty.processor;

import dev.toasty.schema.FieldType;

import javax.lang.model.element.Element;

/**
 * One field of a model as the processor sees it: a record component or an instance field. A column field
 * has its shape (null when Toasty cannot store it) and no relation; a relation field ({@code BelongsTo},
 * {@code HasMany}, {@code HasOne}) has a relation and no shape.
 */
record ModelField(String name, Element element, FieldShape shape, FieldRelation relation) {

    static ModelField column(String name, Element element, FieldShape shape) {
        return new ModelField(name, element, shape, null);
    }

    boolean isRelation() {
        return relation != null;
    }

    /** The scalar type of a plain one-column field ({@code String}, {@code long}, ...); null for other kinds and unknown types. */
    FieldType type() {
        return shape == null ? null : shape.scalar();
    }
}
