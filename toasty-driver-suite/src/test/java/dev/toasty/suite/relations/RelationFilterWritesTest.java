package dev.toasty.suite.relations;

import dev.toasty.ForeignKeyViolationException;
import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.DriverTest;
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

import static dev.toasty.suite.relations.FilterAcrossRelationsTest.categories;
import static dev.toasty.suite.relations.FilterAcrossRelationsTest.posts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Updates and deletes filtered across relations on the SQL backends, including the self-referential
 * ones that MySQL only runs when the subquery reads its table through a derived table.
 */
class RelationFilterWritesTest {

    @DriverTest
    @Requires("subqueries")
    void deleteByABelongsToPath(Toasty db) {
        Blog blog = new Blog(db);
        assertThatThrownBy(() -> db.delete(Post.class).where(Post_.author.then(Member_.name).eq("Bob")).execute())
                .isInstanceOf(ForeignKeyViolationException.class).hasMessageContaining("Comment.commentable");
        assertThat(db.delete(Comment.class).where(Comment_.commentable.isA(Post.class).and(Comment_.body.eq("thanks"))).execute())
                .isEqualTo(1);
        assertThat(db.delete(Post.class).where(Post_.author.then(Member_.name).eq("Bob")).execute()).isEqualTo(1);
        assertThat(posts(db, Filter.always())).containsExactlyInAnyOrder("A1", "A2");
        assertThat(db.find(Member.class, blog.bob.id())).isPresent();
    }

    @DriverTest
    @Requires("subqueries")
    void updateAndDeleteByHasManyAndManyToManyConditions(Toasty db) {
        new Blog(db);
        assertThat(db.update(Post.class).set(Post_.published, true).where(Post_.comments.none()).execute()).isEqualTo(1);
        assertThat(posts(db, Post_.published.isTrue())).containsExactlyInAnyOrder("A1", "A2", "B1");
        assertThat(db.update(Post.class).set(Post_.title, "many").where(Post_.comments.count().ge(2)).execute()).isEqualTo(1);
        assertThat(db.delete(Comment.class).where(Comment_.body.eq("thanks")).execute()).isEqualTo(1);
        assertThat(db.delete(Post.class).where(Post_.labels.any(Label_.name.eq("sql")).not()).execute()).isEqualTo(2);
        assertThat(posts(db, Filter.always())).containsExactly("many");
        assertThat(db.delete(Comment.class).where(Comment_.author.then(Member_.posts).none()).execute()).isEqualTo(2);
        assertThat(db.query(Comment.class).list()).extracting(Comment::body).containsExactly("pretty");
    }

    @DriverTest
    @Requires("subqueries")
    void selfReferentialUpdatesAndDeletes(Toasty db) {
        Category root = db.insert(Category.of("root", null));
        Category a = db.insert(Category.of("a", root.id()));
        db.insert(Category.of("b", root.id()));
        db.insert(Category.of("a1", a.id()));
        assertThat(db.update(Category.class).set(Category_.name, "leaf").where(Category_.children.none()).execute()).isEqualTo(2);
        assertThat(categories(db, Category_.name.eq("leaf"))).hasSize(2);
        assertThat(db.update(Category.class).set(Category_.name, "top").where(Category_.parent.none()).execute()).isEqualTo(1);
        assertThat(db.update(Category.class).set(Category_.name, "mid")
                .where(Category_.parent.then(Category_.name).eq("top").and(Category_.children.any())).execute()).isEqualTo(1);
        assertThat(categories(db, Filter.always())).containsExactlyInAnyOrder("top", "mid", "leaf", "leaf");
        assertThat(db.delete(Category.class).where(Category_.parent.then(Category_.name).eq("mid")).execute()).isEqualTo(1);
        assertThat(db.delete(Category.class).where(Category_.children.count().eq(0).and(Category_.parent.any())).execute())
                .isEqualTo(2);
        assertThat(categories(db, Filter.always())).containsExactly("top");
    }

    /** The subquery reads the parent names before the update moves their children. */
    @DriverTest
    @Requires("subqueries")
    void selfReferentialUpdateOfTheForeignKeyItFiltersOn(Toasty db) {
        Category root = db.insert(Category.of("root", null));
        Category a = db.insert(Category.of("a", root.id()));
        db.insert(Category.of("a1", a.id()));
        db.insert(Category.of("a2", a.id()));
        assertThat(db.update(Category.class).set(Category_.parentId, root.id())
                .where(Category_.parent.then(Category_.name).eq("a")).execute()).isEqualTo(2);
        assertThat(categories(db, Category_.parent.then(Category_.name).eq("root"))).containsExactlyInAnyOrder("a", "a1", "a2");
        assertThat(db.update(Category.class).set(Category_.parentId, a.id())
                .where(Category_.parent.any().and(Category_.children.none()).and(Category_.id.ne(a.id()))).execute()).isEqualTo(2);
        assertThat(categories(db, Category_.children.count().eq(2))).containsExactly("a");
    }

    @DriverTest
    @Requires("subqueries")
    void deleteMembersWithoutPostsOrFollowers(Toasty db) {
        new Blog(db);
        assertThat(db.delete(Member.class).where(Member_.posts.none().and(Member_.followers.none())).execute()).isEqualTo(1);
        assertThat(db.query(Member.class).list()).extracting(Member::name).containsExactlyInAnyOrder("Alice", "Bob");
    }
}
