package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** The cover of a notebook (has-one with a required foreign key: replacing it deletes the old one). */
@Model
public record Cover(@Key @Auto Long id, @Required @Unique Long notebookId, String image,
                    @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Notebook> notebook) {

    public static Cover of(String image) {
        return new Cover(null, null, image, BelongsTo.unloaded());
    }
}
