package dev.toasty.docs.relations.belongsto;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

/** docs/relations/belongs-to.md: the target, which knows nothing of the orders pointing at it. */
@Model
public record Customer(@Key @Auto Long id, @Required String name, @Unique String email) {
}
