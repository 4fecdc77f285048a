package dev.toasty.suite.relations;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.query.Filter;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.blog.Category;
import dev.toasty.suite.models.blog.Category_;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Comment_;
import dev.toasty.suite.models.blog.Label_;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Member_;
import dev.toasty.suite.models.blog.Post;
import dev.toasty.suite.models.blog.Post_;

import java.util.List;

import static dev.toasty.suite.relations.FilterAcrossRelationsTest.posts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relation filters every backend runs (a belongs-to path to the target's key or a unique field,
 * combined with other filters), and the refusals of the others on backends without subqueries
 * (DynamoDB), each an {@link UnsupportedFeatureException} sent before any request.
 */
class RelationFiltersEverywhereTest {

    @DriverTest
    void aBelongsToPathToAKeyOrUniqueFieldRunsEverywhere(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Post.of("Anon", true, 4, null));
        assertThat(posts(db, Post_.author.then(Member_.email).eq("alice@example.com"))).containsExactlyInAnyOrder("A1", "A2");
        assertThat(posts(db, Post_.author.then(Member_.id).eq(blog.bob.id()))).containsExactly("B1");
        assertThat(posts(db, Post_.author.then(Member_.email).eq("nobody@example.com"))).isEmpty();
        assertThat(posts(db, Post_.author.then(Member_.email).eq("alice@example.com").and(Post_.published.isTrue())))
                .containsExactly("A1");
        assertThat(posts(db, Post_.author.then(Member_.email).eq("bob@example.com").or(Post_.title.eq("A2"))))
                .containsExactlyInAnyOrder("A2", "B1");
    }

    /** The path is two-valued on every backend: a null foreign key does not match it, so it matches its negation. */
    @DriverTest
    void aNullForeignKeyMatchesTheNegationOfAPath(Toasty db) {
        new Blog(db);
        db.insert(Post.of("Anon", true, 4, null));
        assertThat(posts(db, Post_.author.then(Member_.email).eq("alice@example.com").not())).containsExactlyInAnyOrder("B1", "Anon");
        assertThat(posts(db, Post_.author.then(Member_.email).eq("nobody@example.com").not())).hasSize(4);
    }

    @DriverTest
    void writesWithABelongsToPathToAUniqueFieldRunEverywhere(Toasty db) {
        new Blog(db);
        long updated = db.update(Post.class).set(Post_.published, true)
                .where(Post_.author.then(Member_.email).eq("alice@example.com")).execute();
        assertThat(updated).isEqualTo(2);
        assertThat(posts(db, Post_.published.isTrue())).containsExactlyInAnyOrder("A1", "A2", "B1");
        assertThat(db.delete(Comment.class).where(Comment_.body.eq("thanks")).execute()).isEqualTo(1);
        assertThat(db.delete(Post.class).where(Post_.author.then(Member_.email).eq("bob@example.com")).execute()).isEqualTo(1);
        assertThat(posts(db, Filter.always())).containsExactlyInAnyOrder("A1", "A2");
    }

    /** With scans allowed (the suite's shared instance), DynamoDB reads the targets by a scan first. */
    @DriverTest
    void aBelongsToPathToAnyFieldRunsWhereScansAreAllowed(Toasty db) {
        new Blog(db);
        assertThat(posts(db, Post_.author.then(Member_.name).eq("Alice"))).containsExactlyInAnyOrder("A1", "A2");
        assertThat(posts(db, Post_.author.then(Member_.name).startsWith("B"))).containsExactly("B1");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aBelongsToPathToAFieldThatIsNeitherKeyNorUniqueIsRefusedWithoutScans(Toasty db, Backend backend, Recorder recorder) {
        new Blog(db);
        try (Toasty strict = backend.open(b -> b)) {
            recorder.clear();
            assertThatThrownBy(() -> strict.query(Post.class).allowScan().where(Post_.author.then(Member_.name).eq("Alice")).list())
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessageContaining("filtering across Post.author by a field of Member that is neither its key nor unique")
                    .hasMessageContaining("filter on the key or a @Unique field of Member");
            assertThat(recorder.statements()).isEmpty();
            // a unique lookup, then an equality on the foreign key's index: no scan needed
            assertThat(Blog.titles(strict.query(Post.class)
                    .where(Post_.author.then(Member_.email).eq("bob@example.com")).list())).containsExactly("B1");
        }
    }

    @DriverTest
    @Requires(value = "subqueries", absent = true)
    void hasManyManyToManyAndQuantifiedFiltersAreRefused(Toasty db, Recorder recorder) {
        new Blog(db);
        recorder.clear();
        refused(db, Post_.comments.any(), "filtering across Post.comments");
        refused(db, Post_.comments.any(Comment_.body.eq("nice")), "filtering across Post.comments");
        refused(db, Post_.comments.none(), "filtering across Post.comments");
        refused(db, Post_.comments.all(Comment_.body.isNotNull()), "filtering across Post.comments");
        refused(db, Post_.comments.count().gt(1), "filtering across Post.comments");
        refused(db, Post_.labels.any(Label_.name.eq("java")), "filtering across Post.labels");
        refused(db, Post_.labels.count().eq(0), "filtering across Post.labels");
        refused(db, Post_.author.none(), "filtering across Post.author with none(...)");
        refused(db, Post_.author.all(Member_.name.eq("Alice")), "filtering across Post.author with all(...)");
        refused(db, Post_.author.then(Member_.posts).any(Post_.published.isFalse()), "filtering across Member.posts");
        assertThatThrownBy(() -> db.query(Member.class).allowScan().where(Member_.posts.then(Post_.comments).any()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("filtering across Member.posts");
        assertThatThrownBy(() -> db.query(Category.class).allowScan().where(Category_.children.none()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("filtering across Category.children");
        assertThatThrownBy(() -> db.delete(Post.class).where(Post_.comments.none()).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("filtering across Post.comments");
        assertThatThrownBy(() -> db.update(Post.class).set(Post_.published, true).where(Post_.comments.any()).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("filtering across Post.comments");
        assertThat(recorder.statements()).isEmpty();
        assertThat(db.query(Post.class).allowScan().count()).isEqualTo(3);
    }

    /** A polymorphic relation has no single target to filter on; isA(...) filters by its type instead. */
    @DriverTest
    void filteringAcrossAPolymorphicRelationIsRefusedEverywhere(Toasty db, Recorder recorder) {
        new Blog(db);
        recorder.clear();
        assertThatThrownBy(() -> db.query(Comment.class).allowScan().where(Comment_.commentable.any()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("Comment.commentable");
        assertThat(recorder.statements()).isEmpty();
        List<Comment> onPosts = db.query(Comment.class).allowScan().where(Comment_.commentable.isA(Post.class)).list();
        assertThat(onPosts).hasSize(3);
    }

    private static void refused(Toasty db, Filter<Post> filter, String message) {
        assertThatThrownBy(() -> db.query(Post.class).allowScan().where(filter).list())
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("dynamodb does not support " + message)
                .hasMessageContaining("include(...)");
    }
}
