package dev.toasty.spring.data.repository.relations;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;

/** An article: by a writer, with remarks, and topics through {@link Tagging}. */
@Model
public record Article(@Key @Auto Long id, String title, boolean published, long createdAt, Long writerId,
                      BelongsTo<Writer> writer,
                      HasMany<Remark> remarks,
                      HasMany<Tagging> taggings,
                      @HasMany.Through("taggings") HasMany<Topic> topics) {

    public static Article of(String title, boolean published, long createdAt, Long writerId) {
        return new Article(null, title, published, createdAt, writerId, BelongsTo.unloaded(), HasMany.unloaded(),
                HasMany.unloaded(), HasMany.unloaded());
    }
}
