package dev.toasty.docs.relations.hasone;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasOne;

/** docs/relations/has-one.md: every country has a capital, and the key is a String code. */
@Model
public record Country(@Key String code, @Required String name, @HasOne.Required HasOne<Capital> capital) {
}
