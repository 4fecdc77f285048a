package dev.toasty.processor;

import dev.toasty.schema.FieldType;

import javax.lang.model.element.Element;

/**
 * One field of a model as the processor sees it: a record component or an instance field. A column has
 * its storable type (null when Toasty cannot store it) and no relation; a relation field
 * ({@code BelongsTo}, {@code HasMany}, {@code HasOne}) has a relation and no type.
 */
record ModelField(String name, Element element, FieldType type, FieldRelation relation) {

    static ModelField column(String name, Element element, FieldType type) {
        return new ModelField(name, element, type, null);
    }

    boolean isRelation() {
        return relation != null;
    }
}
