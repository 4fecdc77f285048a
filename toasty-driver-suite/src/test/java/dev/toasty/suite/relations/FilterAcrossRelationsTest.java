package dev.toasty.suite.relations;

import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.blog.Category;
import dev.toasty.suite.models.blog.Category_;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Comment_;
import dev.toasty.suite.models.blog.Follow;
import dev.toasty.suite.models.blog.Follow_;
import dev.toasty.suite.models.blog.Label;
import dev.toasty.suite.models.blog.Label_;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Member_;
import dev.toasty.suite.models.blog.Photo;
import dev.toasty.suite.models.blog.Photo_;
import dev.toasty.suite.models.blog.Post;
import dev.toasty.suite.models.blog.Post_;
import dev.toasty.suite.models.blog.Profile;
import dev.toasty.suite.models.blog.Profile_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters across relations on the SQL backends, where each becomes an IN subquery: belongs-to paths,
 * has-many any/none/all and counts (zero included), many-to-many, self-referential trees and graphs,
 * polymorphic types, chains, and their combinations with ordinary filters, OR and NOT. The data is
 * {@link Blog}'s; {@link RelationFiltersEverywhereTest} holds what every backend runs and what DynamoDB refuses.
 */
class FilterAcrossRelationsTest {

    static List<String> posts(Toasty db, Filter<Post> filter) {
        return Blog.titles(db.query(Post.class).allowScan().where(filter).list());
    }

    static List<String> members(Toasty db, Filter<Member> filter) {
        return db.query(Member.class).allowScan().where(filter).list().stream().map(Member::name).toList();
    }

    static List<String> categories(Toasty db, Filter<Category> filter) {
        return db.query(Category.class).allowScan().where(filter).list().stream().map(Category::name).toList();
    }

    @DriverTest
    @Requires("subqueries")
    void aBelongsToPathComparesAFieldOfTheTarget(Toasty db) {
        new Blog(db);
        assertThat(posts(db, Post_.author.then(Member_.name).eq("Alice"))).containsExactlyInAnyOrder("A1", "A2");
        assertThat(posts(db, Post_.author.then(Member_.name).startsWith("B"))).containsExactly("B1");
        assertThat(posts(db, Post_.author.then(Member_.name).in("Bob", "Carol"))).containsExactly("B1");
        assertThat(posts(db, Post_.author.then(Member_.email).endsWith("@example.com"))).hasSize(3);
        assertThat(posts(db, Post_.author.then(Member_.name).eq("Carol"))).isEmpty();
        assertThat(db.query(Post.class).where(Post_.author.then(Member_.name).ne("Alice")).count()).isEqualTo(1);
    }

    @DriverTest
    @Requires("subqueries")
    void aNullForeignKeyMatchesNeitherThePathNorItsNegation(Toasty db) {
        new Blog(db);
        db.insert(Post.of("Anon", true, 4, null));
        assertThat(posts(db, Post_.author.then(Member_.name).eq("Alice").not())).containsExactlyInAnyOrder("B1", "Anon");
        assertThat(posts(db, Post_.author.any())).containsExactlyInAnyOrder("A1", "A2", "B1");
        assertThat(posts(db, Post_.author.none())).containsExactly("Anon");
        assertThat(posts(db, Post_.author.none(Member_.name.eq("Alice")))).containsExactlyInAnyOrder("B1", "Anon");
    }

    @DriverTest
    @Requires("subqueries")
    void hasManyAnyAndNone(Toasty db) {
        new Blog(db);
        assertThat(posts(db, Post_.comments.any(Comment_.body.eq("nice")))).containsExactly("A1");
        assertThat(posts(db, Post_.comments.any())).containsExactlyInAnyOrder("A1", "B1");
        assertThat(posts(db, Post_.comments.none())).containsExactly("A2");
        assertThat(posts(db, Post_.comments.none(Comment_.body.eq("nice")))).containsExactlyInAnyOrder("A2", "B1");
        assertThat(members(db, Member_.posts.any(Post_.published.isFalse()))).containsExactly("Alice");
        assertThat(members(db, Member_.posts.none())).containsExactly("Carol");
    }

    @DriverTest
    @Requires("subqueries")
    void hasOneAnyAndNone(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Profile.of(blog.alice.id(), "writes"));
        db.insert(Profile.of(null, "orphan"));
        assertThat(members(db, Member_.profile.any())).containsExactly("Alice");
        assertThat(members(db, Member_.profile.none())).containsExactlyInAnyOrder("Bob", "Carol");
        assertThat(members(db, Member_.profile.any(Profile_.bio.eq("orphan")))).isEmpty();
        assertThat(members(db, Member_.profile.then(Profile_.bio).startsWith("wr"))).containsExactly("Alice");
        assertThat(db.query(Profile.class).where(Profile_.member.none()).list()).extracting(Profile::bio).containsExactly("orphan");
    }

    /** all(...) holds for records with no related record, and a comparison with a null value does not match. */
    @DriverTest
    @Requires("subqueries")
    void hasManyAllIsVacuousWithoutChildrenAndFalseOnNulls(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Comment.on(blog.a2(), null, blog.bob.id()));
        db.insert(Post.of("C1", true, 5, blog.carol.id()));
        assertThat(posts(db, Post_.comments.all(Comment_.body.ne("agreed")))).containsExactlyInAnyOrder("B1", "C1");
        assertThat(posts(db, Post_.comments.all(Comment_.body.isNotNull()))).containsExactlyInAnyOrder("A1", "B1", "C1");
        assertThat(posts(db, Post_.comments.all(Comment_.body.isNull()))).containsExactlyInAnyOrder("A2", "C1");
        assertThat(posts(db, Post_.comments.all(Comment_.body.ne("agreed")).not())).containsExactlyInAnyOrder("A1", "A2");
        assertThat(members(db, Member_.posts.all(Post_.published.isTrue()))).containsExactlyInAnyOrder("Bob", "Carol");
    }

    @DriverTest
    @Requires("subqueries")
    void countsIncludeRecordsWithNone(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Post.of("C1", true, 5, blog.carol.id()));
        assertThat(posts(db, Post_.comments.count().gt(1))).containsExactly("A1");
        assertThat(posts(db, Post_.comments.count().eq(0))).containsExactlyInAnyOrder("A2", "C1");
        assertThat(posts(db, Post_.comments.count().lt(2))).containsExactlyInAnyOrder("A2", "B1", "C1");
        assertThat(posts(db, Post_.comments.count().le(1))).containsExactlyInAnyOrder("A2", "B1", "C1");
        assertThat(posts(db, Post_.comments.count().ne(1))).containsExactlyInAnyOrder("A1", "A2", "C1");
        assertThat(posts(db, Post_.comments.count().ge(0))).hasSize(4);
        assertThat(posts(db, Post_.comments.count().eq(2))).containsExactly("A1");
        assertThat(posts(db, Post_.comments.count(Comment_.body.eq("nice")).eq(0))).containsExactlyInAnyOrder("A2", "B1", "C1");
        assertThat(posts(db, Post_.comments.count(Comment_.author.then(Member_.name).eq("Bob")).ge(1))).containsExactly("A1");
        assertThat(members(db, Member_.posts.count().eq(1))).containsExactlyInAnyOrder("Bob", "Carol");
        assertThat(members(db, Member_.posts.count().gt(1))).containsExactly("Alice");
    }

    /** The photo's comment has the same commentable id as a post: the type column keeps it out of the post's count. */
    @DriverTest
    @Requires("subqueries")
    void polymorphicChildrenAreCountedForTheirOwnTypeOnly(Toasty db) {
        Blog blog = new Blog(db);
        assertThat(blog.photo.id()).isEqualTo(blog.a1().id());
        assertThat(posts(db, Post_.comments.count().eq(2))).containsExactly("A1");
        assertThat(db.query(Photo.class).where(Photo_.comments.count().eq(1)).count()).isEqualTo(1);
        assertThat(db.query(Photo.class).where(Photo_.comments.any(Comment_.body.eq("nice"))).count()).isZero();
    }

    @DriverTest
    void isAFiltersPolymorphicTargetsByType(Toasty db) {
        new Blog(db);
        List<String> onPosts = db.query(Comment.class).allowScan().where(Comment_.commentable.isA(Post.class)).list()
                .stream().map(Comment::body).toList();
        assertThat(onPosts).containsExactlyInAnyOrder("nice", "agreed", "thanks");
        assertThat(db.query(Comment.class).allowScan().where(Comment_.commentable.isA(Photo.class)).list())
                .extracting(Comment::body).containsExactly("pretty");
        assertThat(db.query(Comment.class).allowScan().where(Comment_.commentable.isA(Photo.class).not()).list()).hasSize(3);
    }

    @DriverTest
    @Requires("subqueries")
    void manyToManyAcrossTheJoinModel(Toasty db) {
        new Blog(db);
        assertThat(posts(db, Post_.labels.any(Label_.name.eq("java")))).containsExactlyInAnyOrder("A1", "B1");
        assertThat(posts(db, Post_.labels.none(Label_.name.eq("sql")))).containsExactlyInAnyOrder("A2", "B1");
        assertThat(posts(db, Post_.labels.none())).containsExactly("A2");
        assertThat(posts(db, Post_.labels.all(Label_.name.eq("java")))).containsExactlyInAnyOrder("A2", "B1");
        assertThat(posts(db, Post_.labels.count().eq(2))).containsExactly("A1");
        assertThat(posts(db, Post_.labels.count().lt(1))).containsExactly("A2");
        assertThat(db.query(Label.class).where(Label_.posts.count().ge(2)).list()).extracting(Label::name).containsExactly("java");
        assertThat(db.query(Label.class).where(Label_.posts.any(Post_.title.eq("A1"))).list()).hasSize(2);
    }

    @DriverTest
    @Requires("subqueries")
    void selfReferentialTrees(Toasty db) {
        Category root = db.insert(Category.of("root", null));
        Category a = db.insert(Category.of("a", root.id()));
        db.insert(Category.of("b", root.id()));
        db.insert(Category.of("a1", a.id()));
        assertThat(categories(db, Category_.children.any())).containsExactlyInAnyOrder("root", "a");
        assertThat(categories(db, Category_.children.none())).containsExactlyInAnyOrder("b", "a1");
        assertThat(categories(db, Category_.parent.none())).containsExactly("root");
        assertThat(categories(db, Category_.parent.then(Category_.name).eq("root"))).containsExactlyInAnyOrder("a", "b");
        assertThat(categories(db, Category_.parent.then(Category_.parent).then(Category_.name).eq("root"))).containsExactly("a1");
        assertThat(categories(db, Category_.children.then(Category_.children).any())).containsExactly("root");
        assertThat(categories(db, Category_.children.count().eq(2))).containsExactly("root");
    }

    @DriverTest
    @Requires("subqueries")
    void theFollowerGraph(Toasty db) {
        Blog blog = new Blog(db);
        db.insertAll(List.of(Follow.of(blog.alice.id(), blog.bob.id()), Follow.of(blog.carol.id(), blog.bob.id()),
                Follow.of(blog.bob.id(), blog.alice.id())));
        assertThat(members(db, Member_.followers.count().ge(2))).containsExactly("Bob");
        assertThat(members(db, Member_.followers.none())).containsExactly("Carol");
        assertThat(members(db, Member_.following.count().eq(1))).containsExactlyInAnyOrder("Alice", "Bob", "Carol");
        assertThat(members(db, Member_.followers.any(Follow_.follower.then(Member_.name).eq("Carol")))).containsExactly("Bob");
        assertThat(members(db, Member_.following.any(Follow_.followee.then(Member_.name).eq("Alice")))).containsExactly("Bob");
        assertThat(members(db, Member_.followers.then(Follow_.follower).any(Member_.followers.any()))).containsExactlyInAnyOrder("Alice", "Bob");
    }

    /** In a chain, the quantifier applies to the last relation; the ones before it are "any". */
    @DriverTest
    @Requires("subqueries")
    void chainsReachAcrossSeveralRelations(Toasty db) {
        new Blog(db);
        assertThat(members(db, Member_.posts.then(Post_.comments).any(Comment_.body.eq("nice")))).containsExactly("Alice");
        assertThat(members(db, Member_.posts.then(Post_.comments).then(Comment_.author).then(Member_.name).eq("Alice")))
                .containsExactly("Bob");
        assertThat(members(db, Member_.posts.then(Post_.labels).any(Label_.name.eq("java")))).containsExactlyInAnyOrder("Alice", "Bob");
        assertThat(members(db, Member_.posts.then(Post_.comments).none())).containsExactly("Alice");
        assertThat(members(db, Member_.posts.then(Post_.comments).count().ge(2))).containsExactly("Alice");
        assertThat(members(db, Member_.posts.where(Post_.published.isFalse()).then(Post_.comments).none())).containsExactly("Alice");
        assertThat(members(db, Member_.posts.where(Post_.published.isTrue()).then(Post_.comments).none())).isEmpty();
    }

    @DriverTest
    @Requires("subqueries")
    void combinedWithOrdinaryFiltersOrAndNot(Toasty db) {
        new Blog(db);
        assertThat(posts(db, Post_.published.isTrue().and(Post_.author.then(Member_.name).eq("Alice")))).containsExactly("A1");
        assertThat(posts(db, Post_.author.then(Member_.name).eq("Bob").or(Post_.comments.count().gt(1))))
                .containsExactlyInAnyOrder("A1", "B1");
        assertThat(posts(db, Post_.comments.any().not())).containsExactly("A2");
        assertThat(posts(db, Post_.comments.count().gt(1).not())).containsExactlyInAnyOrder("A2", "B1");
        assertThat(posts(db, Filter.not(Post_.labels.any(Label_.name.eq("java"))))).containsExactly("A2");
        assertThat(posts(db, Filter.any(Post_.labels.any(Label_.name.eq("sql")), Post_.published.isFalse())))
                .containsExactlyInAnyOrder("A1", "A2");
        assertThat(posts(db, Post_.comments.any(Comment_.author.then(Member_.name).eq("Carol").not())))
                .containsExactlyInAnyOrder("A1", "B1");
        assertThat(db.query(Post.class).where(Post_.comments.any()).orderBy(Post_.createdAt.desc()).limit(1).list())
                .extracting(Post::title).containsExactly("B1");
    }
}
