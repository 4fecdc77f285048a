package dev.toasty.processor;

import dev.toasty.schema.FieldType;

import javax.lang.model.element.Element;

/**
 * One field of a model as the processor sees it: a record component or an instance field, with its
 * storable type (null when Toasty cannot store it).
 */
record ModelField(String name, Element element, FieldType type) {
}
