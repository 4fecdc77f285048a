package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;
import dev.toasty.relation.HasMany;

/** A tree: each category has an optional parent; deleting one deletes its subtree. */
@Model
public record Category(@Key @Auto Long id, String name, Long parentId,
                       @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Category> parent,
                       HasMany<Category> children) {

    public static Category of(String name, Long parentId) {
        return new Category(null, name, parentId, BelongsTo.unloaded(), HasMany.unloaded());
    }
}
