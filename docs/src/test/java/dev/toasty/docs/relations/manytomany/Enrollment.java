package dev.toasty.docs.relations.manytomany;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** docs/relations/many-to-many.md: the join model, one record per link, with a field of its own. */
@Model
@Index(fields = {"studentId", "courseId"}, unique = true)
public record Enrollment(@Key @Auto Long id,
                         @Required Long studentId,
                         @Required Long courseId,
                         String grade,
                         @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Student> student,
                         @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Course> course) {

    public static Enrollment of(Long studentId, Long courseId, String grade) {
        return new Enrollment(null, studentId, courseId, grade, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
