package dev.toasty.processor;

import java.util.function.Consumer;

/**
 * The runtime's flat fields of one model field, as the schema builder derives them: an embedded value
 * becomes one field per component ({@code address.city} on column {@code address_city}, nesting on), an
 * {@code OffsetDateTime} or {@code ZonedDateTime} gains its zone ({@code at.zone} on {@code at_zone}).
 */
final class FlatFields {

    /** One flat field; {@code shape} is null for the zone of a zoned value, which no annotation can name. */
    record Flat(String name, String column, FieldShape shape) {
    }

    private FlatFields() {
    }

    static void of(String name, String column, FieldShape shape, Consumer<Flat> out) {
        EmbeddableType embeddable = shape.columnsOf();
        if (embeddable == null) {
            out.accept(new Flat(name, column, shape));
            boolean zoned = shape.kind() == FieldShape.Kind.ZONED
                    || shape.kind() == FieldShape.Kind.CONVERTED && shape.stored().kind() == FieldShape.Kind.ZONED;
            if (zoned) {
                out.accept(new Flat(name + ".zone", column + "_zone", null));
            }
            return;
        }
        for (EmbeddableType.Component c : embeddable.components()) {
            of(name + "." + c.name(), column + "_" + c.column(), c.shape(), out);
        }
    }
}
