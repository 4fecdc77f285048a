package dev.toasty.docs.relations.hasone;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasOne;

/** docs/relations/has-one.md: an account has at most one avatar. */
@Model
public record Account(@Key @Auto Long id, @Required String login, HasOne<Avatar> avatar) {

    public static Account of(String login) {
        return new Account(null, login, HasOne.unloaded());
    }

    public Account withAvatar(Avatar avatar) {
        return new Account(id, login, HasOne.of(avatar));
    }
}
