package dev.toasty.spring.data.repository.relations;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** The join model of articles and topics. */
@Model
public record Tagging(@Key @Auto Long id, Long articleId, Long topicId, long createdAt,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Article> article,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Topic> topic) {

    public static Tagging of(Long articleId, Long topicId) {
        return new Tagging(null, articleId, topicId, 0, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
