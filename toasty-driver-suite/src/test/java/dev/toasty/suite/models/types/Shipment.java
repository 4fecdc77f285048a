package dev.toasty.suite.models.types;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** A model with an embedded, nullable address. */
@Model
public record Shipment(@Key @Auto Long id, String label, Address address) {

    public static Shipment of(String label, Address address) {
        return new Shipment(null, label, address);
    }
}
