package dev.toasty.suite.relations;

import dev.toasty.driver.Feature;
import dev.toasty.RelationNotLoadedException;
import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.models.blog.Category;
import dev.toasty.suite.models.blog.Category_;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Comment_;
import dev.toasty.suite.models.blog.Follow;
import dev.toasty.suite.models.blog.Follow_;
import dev.toasty.suite.models.blog.Label;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Member_;
import dev.toasty.suite.models.blog.Photo;
import dev.toasty.suite.models.blog.Post;
import dev.toasty.suite.models.blog.Post_;
import dev.toasty.suite.models.blog.Profile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading relations with include(...): every kind, nested, filtered and ordered; unloaded ones refuse to be read. */
class IncludeTest {

    /** The records in the order of {@code key}: DynamoDB cannot order a scan, so the tests sort in Java. */
    static <T, K extends Comparable<? super K>> List<T> sorted(List<T> records, java.util.function.Function<T, K> key) {
        return records.stream().sorted(java.util.Comparator.comparing(key)).toList();
    }

    @DriverTest
    void aRelationNotIncludedNamesTheIncludeToAdd(Toasty db) {
        Blog blog = new Blog(db);
        Member alice = db.get(Member.class, blog.alice.id());
        assertThatThrownBy(() -> alice.posts().get())
                .isInstanceOf(RelationNotLoadedException.class)
                .hasMessageContaining("Member.posts was not loaded")
                .hasMessageContaining(".include(Member_.posts)").hasMessageContaining("@Include(\"posts\")");
        assertThat(alice.posts().isLoaded()).isFalse();
    }

    @DriverTest
    void hasManyLoadsEachParentsChildrenInKeyOrder(Toasty db) {
        Blog blog = new Blog(db);
        List<Member> members = sorted(db.query(Member.class).allowScan().include(Member_.posts).list(), Member::name);
        assertThat(members).extracting(Member::name).containsExactly("Alice", "Bob", "Carol");
        assertThat(Blog.titles(members.get(0).posts().get())).containsExactly("A1", "A2");
        assertThat(Blog.titles(members.get(1).posts().get())).containsExactly("B1");
        assertThat(members.get(2).posts().get()).isEmpty();
    }

    @DriverTest
    void belongsToLoadsTheTargetOnce(Toasty db) {
        Blog blog = new Blog(db);
        List<Post> posts = sorted(db.query(Post.class).allowScan().include(Post_.author).list(), Post::createdAt);
        assertThat(posts).extracting(p -> p.author().get().name()).containsExactly("Alice", "Alice", "Bob");
    }

    @DriverTest
    void nestedIncludesLoadEveryLevel(Toasty db) {
        Blog blog = new Blog(db);
        Member alice = db.query(Member.class).where(Member_.id.eq(blog.alice.id()))
                .include(Member_.posts.then(Post_.comments).then(Comment_.author)).one();
        Post a1 = alice.posts().get().get(0);
        assertThat(a1.comments().get()).extracting(c -> c.author().get().name()).containsExactly("Bob", "Carol");
        assertThat(alice.posts().get().get(1).comments().get()).isEmpty();
    }

    @DriverTest
    void filteredAndOrderedIncludesLoadOnlyMatchingChildren(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Post.of("A3", true, 5, blog.alice.id()));
        Member alice = db.query(Member.class).where(Member_.id.eq(blog.alice.id()))
                .include(Member_.posts.where(Post_.published.isTrue()).orderBy(Post_.createdAt.desc())).one();
        assertThat(Blog.titles(alice.posts().get())).containsExactly("A3", "A1");
    }

    @DriverTest
    void hasOneIsLoadedOrNone(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Profile.of(blog.alice.id(), "writes"));
        List<Member> members = sorted(db.query(Member.class).allowScan().include(Member_.profile).list(), Member::name);
        assertThat(members.get(0).profile().get().bio()).isEqualTo("writes");
        assertThat(members.get(1).profile().get()).isNull();
        assertThat(members.get(1).profile().isLoaded()).isTrue();
    }

    @DriverTest
    void manyToManyReachesTheTargetsThroughTheJoinModel(Toasty db) {
        Blog blog = new Blog(db);
        List<Post> posts = sorted(db.query(Post.class).allowScan()
                .include(Post_.labels.orderBy(dev.toasty.suite.models.blog.Label_.name.desc())).list(), Post::createdAt);
        assertThat(posts.get(0).labels().get()).extracting(Label::name).containsExactly("sql", "java");
        assertThat(posts.get(1).labels().get()).isEmpty();
        assertThat(posts.get(2).labels().get()).extracting(Label::name).containsExactly("java");
        List<Label> labels = sorted(db.query(Label.class).allowScan()
                .include(dev.toasty.suite.models.blog.Label_.posts).list(), Label::name);
        assertThat(Blog.titles(labels.get(0).posts().get())).containsExactly("A1", "B1");
    }

    @DriverTest
    void polymorphicTargetsAreReadAsTheirOwnTypes(Toasty db, Recorder recorder) {
        new Blog(db);
        recorder.clear();
        List<Comment> comments = sorted(db.query(Comment.class).allowScan().include(Comment_.commentable).list(), Comment::id);
        assertThat(comments).extracting(c -> (Object) c.commentable().get().getClass())
                .containsExactly(Post.class, Post.class, Post.class, Photo.class);
        assertThat(((Post) comments.get(2).commentable().get()).title()).isEqualTo("B1");
        assertThat(((Photo) comments.get(3).commentable().get()).url()).isEqualTo("https://example.com/p.png");
        if (db.capability().has(Feature.IN_LISTS)) {
            assertThat(recorder.statements()).hasSize(3); // the comments, then one query per target type
        }
    }

    @DriverTest
    void selfReferentialTreesAndGraphs(Toasty db) {
        Blog blog = new Blog(db);
        Category root = db.insert(Category.of("root", null));
        Category a = db.insert(Category.of("a", root.id()));
        db.insert(Category.of("b", root.id()));
        db.insert(Category.of("a1", a.id()));
        Category loaded = db.query(Category.class).where(Category_.id.eq(root.id()))
                .include(Category_.children.orderBy(Category_.name.asc()).then(Category_.children)).one();
        assertThat(loaded.children().get()).extracting(Category::name).containsExactly("a", "b");
        assertThat(loaded.children().get().get(0).children().get()).extracting(Category::name).containsExactly("a1");
        Category child = db.query(Category.class).where(Category_.name.eq("a1")).include(Category_.parent.then(Category_.parent)).one();
        assertThat(child.parent().get().parent().get().name()).isEqualTo("root");

        db.insertAll(List.of(Follow.of(blog.alice.id(), blog.bob.id()), Follow.of(blog.carol.id(), blog.bob.id()),
                Follow.of(blog.bob.id(), blog.alice.id())));
        Member bob = db.query(Member.class).where(Member_.id.eq(blog.bob.id()))
                .include(Member_.followers.then(Follow_.follower), Member_.following.then(Follow_.followee)).one();
        assertThat(bob.followers().get()).extracting(f -> f.follower().get().name()).containsExactly("Alice", "Carol");
        assertThat(bob.following().get()).extracting(f -> f.followee().get().name()).containsExactly("Alice");
    }

    @DriverTest
    @dev.toasty.suite.Requires("inLists")
    void childrenAreReadWithOneStatementBindingEveryParentKey(Toasty db, Recorder recorder, dev.toasty.suite.Backend backend) {
        new Blog(db);
        recorder.clear();
        // filtered, so not the whole table (that one reads children by fk IS NOT NULL: StatementCountTest)
        db.query(Member.class).where(Member_.name.ne("nobody")).include(Member_.posts).list();
        List<dev.toasty.event.StatementEvent> statements = recorder.statements();
        assertThat(statements).hasSize(2);
        String children = statements.get(1).sql();
        if (db.capability().backend().equals("postgresql")) {
            assertThat(children).contains("= ANY(?)"); // one array parameter: one statement shape for any number of parents
        } else {
            assertThat(children).contains(" IN (?, ?, ?, ?)"); // three parents, padded to a power of two
        }
    }

    @DriverTest
    @dev.toasty.suite.Requires("joins")
    void manyToManyIsOneStatementJoiningTheJoinModel(Toasty db, Recorder recorder) {
        new Blog(db);
        recorder.clear();
        List<Post> posts = db.query(Post.class).include(Post_.author, Post_.comments, Post_.labels).list();
        assertThat(posts).hasSize(3);
        List<dev.toasty.event.StatementEvent> statements = recorder.statements();
        assertThat(statements).hasSize(4);
        assertThat(statements.get(3).sql()).contains(" JOIN ");
    }
}
