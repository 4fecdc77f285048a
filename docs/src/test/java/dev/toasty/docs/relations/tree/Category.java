package dev.toasty.docs.relations.tree;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;
import dev.toasty.relation.HasMany;

/** docs/relations/self-referential.md: a tree; a root has no parent, and deleting a category deletes its subtree. */
@Model
public record Category(@Key @Auto Long id, @Required String name, Long parentId,
                       @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Category> parent,
                       HasMany<Category> children) {

    public static Category of(String name, Long parentId) {
        return new Category(null, name, parentId, BelongsTo.unloaded(), HasMany.unloaded());
    }
}
