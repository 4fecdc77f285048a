package dev.toasty.docs.relations.manytomany;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

/** docs/relations/many-to-many.md: a student reaches the courses through the enrollments. */
@Model
public record Student(@Key @Auto Long id, @Required String name,
                      HasMany<Enrollment> enrollments,
                      @HasMany.Through("enrollments") HasMany<Course> courses) {

    public static Student named(String name) {
        return new Student(null, name, HasMany.unloaded(), HasMany.unloaded());
    }
}
