package dev.toasty.docs.relations.hasmany;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

/** docs/relations/has-many.md: a team has the players whose {@code team} points at it. */
@Model
public record Team(@Key @Auto Long id, @Required String name, HasMany<Player> players) {

    public static Team named(String name) {
        return new Team(null, name, HasMany.unloaded());
    }
}
