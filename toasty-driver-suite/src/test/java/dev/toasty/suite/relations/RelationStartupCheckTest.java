package dev.toasty.suite.relations;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactory;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.blog.Post;
import org.springframework.data.repository.query.QueryCreationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whether the backend can run a derived query is the engine's answer, asked when the repository is created: the
 * query is planned with stand-in arguments, nothing is sent, and a refusal names the method and the engine's reason.
 * Across relations DynamoDB follows belongs-to paths only, and without scans only to a key or unique field.
 */
class RelationStartupCheckTest {

    interface AcrossBelongsTo extends ToastyRepository<Post, Long> {
        List<Post> findByAuthorEmail(String email);
    }

    interface AcrossBelongsToByName extends ToastyRepository<Post, Long> {
        List<Post> findByAuthorName(String name);
    }

    interface AcrossManyToMany extends ToastyRepository<Post, Long> {
        List<Post> findByLabelsName(String name);
    }

    interface RelationIsEmpty extends ToastyRepository<Post, Long> {
        List<Post> findByLabelsIsEmpty();
    }

    interface RelationIsNull extends ToastyRepository<Post, Long> {
        List<Post> findByAuthorIsNull();
    }

    interface Scanning extends ToastyRepository<User, Long> {
        List<User> findByName(String name);
    }

    private static <R> R repository(Toasty db, Class<R> type) {
        return new ToastyRepositoryFactory(db).getRepository(type);
    }

    private static void refused(Toasty db, Class<?> repository, String method, String... reasons) {
        var thrown = assertThatThrownBy(() -> repository(db, repository))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(repository.getName() + "." + method);
        for (String reason : reasons) {
            thrown.hasMessageContaining(reason);
        }
    }

    @DriverTest
    @Requires("subqueries")
    void everyRelationCriterionIsAcceptedWithSubqueries(Toasty db, Recorder recorder) {
        Blog blog = new Blog(db);
        recorder.clear();
        AcrossManyToMany posts = repository(db, AcrossManyToMany.class);
        repository(db, RelationIsEmpty.class);
        repository(db, RelationIsNull.class);
        repository(db, AcrossBelongsToByName.class);
        assertThat(recorder.statements()).as("creating the repositories sends nothing").isEmpty();
        assertThat(Blog.titles(posts.findByLabelsName(blog.sql.name()))).containsExactly("A1");
    }

    @DriverTest
    @Requires(value = "subqueries", absent = true)
    void pathsOtherThanBelongsToAreRefusedWithTheEnginesReason(Toasty db, Recorder recorder) {
        new Blog(db);
        recorder.clear();
        refused(db, AcrossManyToMany.class, "findByLabelsName", "does not support filtering across Post.labels");
        refused(db, RelationIsEmpty.class, "findByLabelsIsEmpty", "does not support filtering across Post.labels");
        refused(db, RelationIsNull.class, "findByAuthorIsNull", "does not support filtering across Post.author with none(...)");
        AcrossBelongsTo posts = repository(db, AcrossBelongsTo.class);
        assertThat(recorder.statements()).as("the related records are not looked up at startup").isEmpty();
        assertThat(Blog.titles(posts.findByAuthorEmail("bob@example.com"))).containsExactly("B1");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void withoutScansAMethodThatNeedsOneIsRefusedAtStartup(Toasty db, Backend backend, Recorder recorder) {
        new Blog(db);
        try (Toasty strict = backend.open(b -> b)) {
            recorder.clear();
            refused(strict, Scanning.class, "findByName", "it needs a Scan of the whole table");
            refused(strict, AcrossBelongsToByName.class, "findByAuthorName",
                    "filtering across Post.author by a field of Member that is neither its key nor unique");
            AcrossBelongsTo posts = repository(strict, AcrossBelongsTo.class);
            assertThat(recorder.statements()).isEmpty();
            assertThat(Blog.titles(posts.findByAuthorEmail("bob@example.com"))).containsExactly("B1");
        }
    }
}
