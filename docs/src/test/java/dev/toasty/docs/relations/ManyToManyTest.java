package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.docs.relations.manytomany.Course;
import dev.toasty.docs.relations.manytomany.Course_;
import dev.toasty.docs.relations.manytomany.Enrollment;
import dev.toasty.docs.relations.manytomany.Enrollment_;
import dev.toasty.docs.relations.manytomany.Student;
import dev.toasty.docs.relations.manytomany.Student_;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/relations/many-to-many.md, run as written there. */
class ManyToManyTest {

    @Test
    void studentsTakeCourses() {
        Statements statements = new Statements();
        try (Toasty db = Toasty.builder().models(Student.class, Course.class, Enrollment.class).url("sqlite::memory:")
                .listener(statements).build()) {
            db.pushSchema();
            assertThat(statements.ddl()).filteredOn(d -> d.contains("INDEX")).containsExactly(
                    "CREATE UNIQUE INDEX IF NOT EXISTS `ux_courses_title` ON `courses` (`title`)",
                    "CREATE UNIQUE INDEX IF NOT EXISTS `ux_enrollments_student_id_course_id` ON `enrollments` "
                            + "(`student_id`, `course_id`)",
                    "CREATE INDEX IF NOT EXISTS `ix_enrollments_course_id` ON `enrollments` (`course_id`)");
            Student ada = db.insert(Student.named("Ada"));
            Student bob = db.insert(Student.named("Bob"));
            Course algebra = db.insert(Course.titled("Algebra"));
            Course biology = db.insert(Course.titled("Biology"));

            db.insert(Enrollment.of(ada.id(), algebra.id(), "A"));  // a join record with data of its own
            db.link(ada, Student_.courses, biology);                // a join record with only its foreign keys
            db.link(bob, Student_.courses, algebra);
            statements.clear();

            Student loaded = db.query(Student.class).where(Student_.name.eq("Ada"))
                    .include(Student_.courses.orderBy(Course_.title.desc()))
                    .one();
            List<String> titles = loaded.courses().stream().map(Course::title).toList();  // "Biology", "Algebra"

            assertThat(titles).containsExactly("Biology", "Algebra");
            assertThat(statements.sql()).hasSize(2).last().asString()
                    .startsWith("SELECT t0.`id`, t0.`title`, t1.`student_id` FROM `courses` t0 "
                            + "JOIN `enrollments` t1 ON t1.`course_id` = t0.`id` WHERE t1.`student_id` IN (?)");

            Student withGrades = db.query(Student.class).where(Student_.name.eq("Ada"))
                    .include(Student_.enrollments.then(Enrollment_.course))
                    .one();
            List<String> grades = new ArrayList<>();
            for (Enrollment e : withGrades.enrollments()) {
                grades.add(e.course().get().title() + ": " + e.grade());  // "Algebra: A", "Biology: null"
            }

            assertThat(grades).containsExactly("Algebra: A", "Biology: null");

            List<Course> adasCourses = db.query(Course.class).where(Course_.students.any(Student_.name.eq("Ada"))).list();
            List<Course> empty = db.query(Course.class).where(Course_.students.none()).list();

            assertThat(adasCourses).extracting(Course::title).containsExactlyInAnyOrder("Algebra", "Biology");
            assertThat(empty).isEmpty();

            db.unlink(ada, Student_.courses, biology);  // deletes the enrollment

            assertThat(db.query(Enrollment.class).where(Enrollment_.studentId.eq(ada.id())).count()).isEqualTo(1);
            assertThatThrownBy(() -> db.link(ada, Student_.courses, algebra)).isInstanceOf(UniqueViolationException.class);
            Student cy = new Student(null, "Cy", HasMany.unloaded(), HasMany.of(algebra));
            assertThatThrownBy(() -> db.insert(cy))
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessage("Toasty does not support inserting Student.courses with its owner: insert the join records "
                            + "(Enrollment) or call link(...) for each");
            assertThat(db.query(Student.class).where(Student_.name.eq("Cy")).exists()).isFalse();
        }
    }
}
