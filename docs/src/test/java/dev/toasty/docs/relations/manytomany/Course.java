package dev.toasty.docs.relations.manytomany;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

/** docs/relations/many-to-many.md: the other side, through the same join model. */
@Model
public record Course(@Key @Auto Long id, @Unique String title,
                     HasMany<Enrollment> enrollments,
                     @HasMany.Through("enrollments") HasMany<Student> students) {

    public static Course titled(String title) {
        return new Course(null, title, HasMany.unloaded(), HasMany.unloaded());
    }
}
