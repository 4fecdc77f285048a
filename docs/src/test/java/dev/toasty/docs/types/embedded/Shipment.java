package dev.toasty.docs.types.embedded;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

/** docs/types/embedded.md: a shipment with an embedded, nullable address. */
@Model
public record Shipment(@Key @Auto Long id, @Required String label, Address address) {
}
