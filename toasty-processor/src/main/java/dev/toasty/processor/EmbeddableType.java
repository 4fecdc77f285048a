package dev.toasty.processor;

import java.util.List;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Embeddable} record after checking: its components in order, each with its shape and the column
 * suffix it adds to the holding field's column ({@code city} in {@code address_city}).
 */
record EmbeddableType(TypeElement type, List<Component> components) {

    record Component(String name, Element element, String column, FieldShape shape) {
    }
}
