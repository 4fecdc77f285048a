package dev.toasty.suite.relations;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.ValidationException;
import dev.toasty.relation.HasMany;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Comment_;
import dev.toasty.suite.models.blog.Cover;
import dev.toasty.suite.models.blog.Cover_;
import dev.toasty.suite.models.blog.Label;
import dev.toasty.suite.models.blog.Labeling;
import dev.toasty.suite.models.blog.Labeling_;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Member_;
import dev.toasty.suite.models.blog.Note;
import dev.toasty.suite.models.blog.Note_;
import dev.toasty.suite.models.blog.Notebook;
import dev.toasty.suite.models.blog.Notebook_;
import dev.toasty.suite.models.blog.Post;
import dev.toasty.suite.models.blog.Post_;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving an aggregate: {@code update(owner)} writes the children its loaded relations hold. */
class AggregateSaveTest {

    private static List<String> postTitles(Toasty db, Long authorId) {
        return Blog.titles(IncludeTest.sorted(db.query(Post.class).allowScan().where(Post_.authorId.eq(authorId)).list(), Post::id));
    }

    private static Member withPosts(Member m, List<Post> posts) {
        return new Member(m.id(), m.name(), m.email(), HasMany.of(posts), m.profile(), m.following(), m.followers());
    }

    private static Post renamed(Post p, String title) {
        return new Post(p.id(), title, p.published(), p.createdAt(), p.authorId(), p.author(), p.comments(), p.labelings(), p.labels());
    }

    private static Member readWithPosts(Toasty db, Member m) {
        return db.query(Member.class).where(Member_.id.eq(m.id())).include(Member_.posts).one();
    }

    @DriverTest
    void aNewChildIsInsertedAndAChangedOneUpdated(Toasty db) {
        Member dan = db.insert(Member.of("Dan", "dan@example.com").withPosts(Post.of("D1", true, 1, null)));
        Member read = readWithPosts(db, dan);
        List<Post> posts = new ArrayList<>(read.posts().get());
        posts.set(0, renamed(posts.get(0), "D1 edited"));
        posts.add(Post.of("D2", false, 2, null));

        Member saved = db.update(withPosts(read, posts));

        assertThat(postTitles(db, dan.id())).containsExactly("D1 edited", "D2");
        assertThat(saved.posts().get()).extracting(Post::title).containsExactly("D1 edited", "D2");
        assertThat(saved.posts().get()).allSatisfy(p -> {
            assertThat(p.id()).isNotNull();
            assertThat(p.authorId()).isEqualTo(dan.id());
        });
        assertThat(saved.posts().get().get(0).id()).isEqualTo(read.posts().get().get(0).id());
    }

    @DriverTest
    void childrenNoLongerHeldAreLeftWithoutRemoveOrphans(Toasty db) {
        Member dan = db.insert(Member.of("Dan", "dan@example.com").withPosts(Post.of("D1", true, 1, null), Post.of("D2", true, 2, null)));
        Member read = readWithPosts(db, dan);

        db.update(withPosts(read, List.of(read.posts().get().get(0))));

        assertThat(postTitles(db, dan.id())).containsExactly("D1", "D2");
    }

    @DriverTest
    void removeOrphansDeletesTheChildrenNoLongerHeld(Toasty db) {
        Notebook book = db.insert(Notebook.of("ideas").withNotes(Note.of("keep", "k"), Note.of("drop", "d")));
        Notebook read = db.query(Notebook.class).where(Notebook_.id.eq(book.id())).include(Notebook_.notes).one();
        Note keep = read.notes().get().stream().filter(n -> n.text().equals("keep")).findFirst().orElseThrow();

        db.update(read.withNotes(keep, Note.of("new", "n")));

        List<Note> stored = db.query(Note.class).allowScan().where(Note_.notebookId.eq(book.id())).list();
        assertThat(stored).extracting(Note::text).containsExactlyInAnyOrder("keep", "new");
        assertThat(db.query(Note.class).allowScan().where(Note_.slug.eq("d")).exists()).isFalse();
    }

    @DriverTest
    void aLoadedHasOneReplacesTheRecordStoredBefore(Toasty db) {
        Notebook book = db.insert(Notebook.of("ideas").withCover(Cover.of("old.png")));

        Notebook saved = db.update(book.withCover(Cover.of("new.png")));

        List<Cover> covers = db.query(Cover.class).allowScan().where(Cover_.notebookId.eq(book.id())).list();
        assertThat(covers).extracting(Cover::image).containsExactly("new.png");
        assertThat(saved.cover().get().id()).isEqualTo(covers.get(0).id());
    }

    @DriverTest
    void aChildOfAChildIsWrittenToo(Toasty db) {
        Member dan = db.insert(Member.of("Dan", "dan@example.com").withPosts(Post.of("D1", true, 1, null)));
        Member read = readWithPosts(db, dan);
        Post post = read.posts().get().get(0);
        Post commented = new Post(post.id(), post.title(), post.published(), post.createdAt(), post.authorId(), post.author(),
                HasMany.of(Comment.on(post, "first!", dan.id())), post.labelings(), post.labels());

        db.update(withPosts(read, List.of(commented)));

        List<Comment> comments = db.query(Comment.class).allowScan().where(Comment_.commentableId.eq(post.id())).list();
        assertThat(comments).extracting(Comment::body).containsExactly("first!");
        assertThat(comments.get(0).commentableType()).isEqualTo("Post");
    }

    @DriverTest
    void aManyToManysLinksFollowItsList(Toasty db) {
        Blog blog = new Blog(db);
        Post a1 = db.query(Post.class).where(Post_.id.eq(blog.a1().id())).include(Post_.labels).one();
        assertThat(a1.labels().get()).extracting(Label::name).containsExactlyInAnyOrder("java", "sql");
        Label rust = db.insert(Label.of("rust"));
        Label sql = a1.labels().get().stream().filter(l -> l.name().equals("sql")).findFirst().orElseThrow();
        Post relabeled = new Post(a1.id(), a1.title(), a1.published(), a1.createdAt(), a1.authorId(), a1.author(), a1.comments(),
                a1.labelings(), HasMany.of(sql, rust));

        db.update(relabeled);

        Post read = db.query(Post.class).where(Post_.id.eq(a1.id())).include(Post_.labels).one();
        assertThat(read.labels().get()).extracting(Label::name).containsExactlyInAnyOrder("sql", "rust");
        assertThat(db.query(Labeling.class).allowScan().where(Labeling_.postId.eq(a1.id())).count()).isEqualTo(2);
        assertThat(db.query(Label.class).allowScan().count()).isEqualTo(3);
    }

    @DriverTest
    void aManyToManyRecordWithoutAKeyIsRefusedBeforeAnythingIsWritten(Toasty db) {
        Blog blog = new Blog(db);
        Post a1 = db.query(Post.class).where(Post_.id.eq(blog.a1().id())).include(Post_.labels).one();
        Post relabeled = new Post(a1.id(), "changed", a1.published(), a1.createdAt(), a1.authorId(), a1.author(), a1.comments(),
                a1.labelings(), HasMany.of(Label.of("new")));

        assertThatThrownBy(() -> db.update(relabeled)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Post.labels").hasMessageContaining("no key");
        assertThat(db.get(Post.class, a1.id()).title()).isEqualTo("A1");
    }

    @DriverTest
    void anInvalidChildIsRefusedBeforeAnythingIsWritten(Toasty db) {
        Notebook book = db.insert(Notebook.of("ideas").withNotes(Note.of("keep", "k")));
        Notebook read = db.query(Notebook.class).where(Notebook_.id.eq(book.id())).include(Notebook_.notes).one();
        Notebook renamed = new Notebook(read.id(), "renamed", read.notes(), read.cover());

        assertThatThrownBy(() -> db.update(renamed.withNotes(Note.of(null, "bad")))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Note.text");
        assertThat(db.get(Notebook.class, book.id()).title()).isEqualTo("ideas");
        assertThat(db.query(Note.class).allowScan().where(Note_.notebookId.eq(book.id())).list()).extracting(Note::text)
                .containsExactly("keep");
    }

    @DriverTest
    @Requires("transactions")
    void aChildFailingInTheDatabaseLeavesNothingWritten(Toasty db) {
        db.insert(Notebook.of("other").withNotes(Note.of("taken", "slug")));
        Notebook book = db.insert(Notebook.of("ideas").withNotes(Note.of("keep", "k")));
        Notebook read = db.query(Notebook.class).where(Notebook_.id.eq(book.id())).include(Notebook_.notes).one();
        Notebook changed = new Notebook(read.id(), "renamed", HasMany.of(Note.of("fresh", "f"), Note.of("clash", "slug")), read.cover());

        assertThatThrownBy(() -> db.update(changed)).isInstanceOf(UniqueViolationException.class);

        assertThat(db.get(Notebook.class, book.id()).title()).isEqualTo("ideas");
        assertThat(db.query(Note.class).allowScan().where(Note_.notebookId.eq(book.id())).list()).extracting(Note::text)
                .containsExactly("keep");
    }

    @DriverTest
    void relationsNotLoadedAreNotTouched(Toasty db) {
        Member dan = db.insert(Member.of("Dan", "dan@example.com").withPosts(Post.of("D1", true, 1, null)));
        Member plain = db.get(Member.class, dan.id());
        assertThat(plain.posts().isLoaded()).isFalse();

        db.update(new Member(plain.id(), "Daniel", plain.email(), plain.posts(), plain.profile(), plain.following(), plain.followers()));

        assertThat(db.get(Member.class, dan.id()).name()).isEqualTo("Daniel");
        assertThat(postTitles(db, dan.id())).containsExactly("D1");
    }

    @DriverTest
    void aChildMovedFromAnotherOwnerPointsAtTheSavedOne(Toasty db) {
        Member dan = db.insert(Member.of("Dan", "dan@example.com").withPosts(Post.of("D1", true, 1, null)));
        Member eve = db.insert(Member.of("Eve", "eve@example.com"));
        Post d1 = readWithPosts(db, dan).posts().get().get(0);

        db.update(withPosts(eve, List.of(d1)));

        assertThat(postTitles(db, eve.id())).containsExactly("D1");
        assertThat(postTitles(db, dan.id())).isEmpty();
        assertThat(db.get(Post.class, d1.id()).authorId()).isEqualTo(eve.id());
    }
}
