package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;

/** A notebook whose notes and cover cannot exist without it: the required foreign key side of has-many and has-one. */
@Model
public record Notebook(@Key @Auto Long id, String title, @HasMany.RemoveOrphans HasMany<Note> notes, HasOne<Cover> cover) {

    public static Notebook of(String title) {
        return new Notebook(null, title, HasMany.unloaded(), HasOne.unloaded());
    }

    public Notebook withNotes(Note... notes) {
        return new Notebook(id, title, HasMany.of(notes), cover);
    }

    public Notebook withCover(Cover cover) {
        return new Notebook(id, title, notes, HasOne.of(cover));
    }
}
