package dev.toasty.docs.relations.hasmany;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;

/** docs/relations/has-many.md: the belonging side holds the foreign key; null means a free agent. */
@Model
public record Player(@Key @Auto Long id, @Required String name, int number, Long teamId,
                     BelongsTo<Team> team) {

    public static Player of(String name, int number) {
        return new Player(null, name, number, null, BelongsTo.unloaded());
    }
}
