package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** A note of a notebook: its foreign key and text are required, its slug unique. */
@Model
public record Note(@Key @Auto Long id, @Required Long notebookId, @Required String text, @Unique String slug,
                   @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Notebook> notebook) {

    /** A note for a notebook that sets the foreign key when it is inserted with it, or linked to it. */
    public static Note of(String text, String slug) {
        return new Note(null, null, text, slug, BelongsTo.unloaded());
    }
}
