package dev.toasty.spring.data.repository.relations;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** A remark on an article, by a writer who may have left. */
@Model
public record Remark(@Key @Auto Long id, String body, Long articleId, Long authorId,
                     @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Article> article,
                     @BelongsTo.OnDelete(DeleteRule.SET_NULL) BelongsTo<Writer> author) {

    public static Remark of(String body, Long articleId, Long authorId) {
        return new Remark(null, body, articleId, authorId, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
