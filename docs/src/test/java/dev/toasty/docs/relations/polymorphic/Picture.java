package dev.toasty.docs.relations.polymorphic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** docs/relations/polymorphic.md: a picture of an employee or of a product, stored as a type field and a key field. */
@Model
public record Picture(@Key @Auto Long id, @Required String url,
                      String imageableType, Long imageableId,
                      @BelongsTo.Polymorphic(type = "imageableType", key = "imageableId")
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Imageable> imageable) {

    public static Picture of(Imageable subject, String url) {
        return new Picture(null, url, null, null, BelongsTo.of(subject));
    }
}
