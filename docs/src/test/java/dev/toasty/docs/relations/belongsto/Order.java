package dev.toasty.docs.relations.belongsto;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;

/** docs/relations/belongs-to.md: an order points at its customer, and a gift order at its recipient too. */
@Model
public record Order(@Key @Auto Long id,
                    @Required String item,
                    @Required Long customerId,
                    BelongsTo<Customer> customer,
                    Long giftFor,
                    @BelongsTo.ForeignKey("giftFor") BelongsTo<Customer> recipient) {

    public static Order of(String item, Long customerId) {
        return new Order(null, item, customerId, BelongsTo.unloaded(), null, BelongsTo.unloaded());
    }
}
