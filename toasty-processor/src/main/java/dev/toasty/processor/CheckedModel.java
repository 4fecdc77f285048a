package dev.toasty.processor;

import java.util.List;

import javax.lang.model.element.TypeElement;

/**
 * A {@code @Model} type after checking: its name as used in error texts (the canonical name), its table
 * and its fields in order. {@code valid} is false when a mistake was reported on it.
 */
record CheckedModel(TypeElement type, String name, String table, List<ModelField> fields, boolean valid) {
}
