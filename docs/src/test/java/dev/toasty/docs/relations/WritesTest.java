package dev.toasty.docs.relations;

import dev.toasty.ForeignKeyViolationException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.SchemaException;
import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.docs.relations.blog.Blog;
import dev.toasty.docs.relations.blog.Comment;
import dev.toasty.docs.relations.blog.Comment_;
import dev.toasty.docs.relations.blog.Member;
import dev.toasty.docs.relations.blog.Member_;
import dev.toasty.docs.relations.blog.Post;
import dev.toasty.docs.relations.blog.Post_;
import dev.toasty.docs.relations.blog.Profile;
import dev.toasty.docs.relations.blog.Profile_;
import dev.toasty.docs.relations.blog.Tagging;
import dev.toasty.docs.relations.cycle.Author;
import dev.toasty.docs.relations.cycle.Book;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/relations/writes.md, run as written there. */
class WritesTest {

    @Test
    void aParentIsInsertedWithItsChildrenInOneTransaction() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;

            Member dana = db.insert(Member.of("Dana", "dana@example.com")
                    .withProfile(Profile.of("Writes about databases"))
                    .withPosts(Post.of("First", true, 0).withComments(Comment.of("Welcome, Dana!", blog.alice.id())),
                            Post.of("Second", false, 0)));
            Post first = dana.posts().get().get(0);
            Long authorId = first.authorId();                         // dana.id()
            Long postId = first.comments().get().get(0).postId();     // first.id()

            assertThat(authorId).isEqualTo(dana.id());
            assertThat(postId).isEqualTo(first.id());
            assertThat(dana.profile().get().memberId()).isEqualTo(dana.id());

            Member eve = Member.of("Eve", "eve@example.com")
                    .withPosts(Post.of("Hi", true, 0).withComments(Comment.of("Who is this?", 999L)));
            assertThatThrownBy(() -> db.insert(eve)).isInstanceOf(ForeignKeyViolationException.class);
            boolean written = db.findBy(Member_.email, "eve@example.com").isPresent();  // false: nothing of it was written

            assertThat(written).isFalse();
            assertThat(db.query(Post.class).where(Post_.title.eq("Hi")).exists()).isFalse();

            Member bad = Member.of("Fay", "fay@example.com").withPosts(Post.of(null, true, 0));
            assertThatThrownBy(() -> db.insert(bad))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Post.title");
        }
    }

    @Test
    void updateWritesTheChildrenTheRecordHolds() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;

            Member alice = db.query(Member.class).where(Member_.id.eq(blog.alice.id())).include(Member_.posts).one();
            List<Post> posts = new ArrayList<>(alice.posts().get());
            posts.add(Post.of("Third", false, 0));                      // a new post: no key yet
            Member saved = db.update(alice.withPosts(posts.toArray(Post[]::new)));
            Long thirdId = saved.posts().get().get(2).id();             // inserted, pointing at Alice

            assertThat(db.get(Post.class, thirdId).authorId()).isEqualTo(blog.alice.id());
            assertThat(db.query(Post.class).where(Post_.authorId.eq(blog.alice.id())).count()).isEqualTo(3);
        }
    }

    @Test
    void linkUnlinkAndReplace() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;

            Post moved = db.link(blog.bob, Member_.posts, blog.drafts);  // Drafts now belongs to Bob
            db.unlink(blog.bob, Member_.posts, moved);                   // and to no one: authorId is nullable

            assertThat(moved.authorId()).isEqualTo(blog.bob.id());
            assertThat(db.get(Post.class, blog.drafts.id()).authorId()).isNull();

            Comment welcome = db.query(Comment.class).where(Comment_.body.eq("Welcome!")).one();
            assertThatThrownBy(() -> db.unlink(blog.hello, Post_.comments, welcome))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("unlink(...) on Post.comments would set the required Comment.postId to null: delete the Comment "
                            + "instead, or make its foreign key nullable");
            assertThatThrownBy(() -> db.link(blog.hello, Post_.author, blog.bob))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("link(...) takes a has-many or has-one relation; Post.author belongs to its target: "
                            + "set its foreign key and update(...) the record");
            assertThatThrownBy(() -> db.link(blog.bob, Member_.posts, Post.of("Unsaved", true, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The Post has no value in its key field id: it was not inserted yet");
            Post gone = new Post(999L, "Gone", true, 0, null, BelongsTo.unloaded(), HasMany.unloaded(), HasMany.unloaded(),
                    HasMany.unloaded());
            assertThatThrownBy(() -> db.link(blog.bob, Member_.posts, gone))
                    .isInstanceOf(RecordNotFoundException.class)
                    .hasMessage("No Post with this key: insert it before linking it");

            Profile old = db.insert(new Profile(null, blog.alice.id(), "Hello!", null));
            Profile current = db.replace(blog.alice, Member_.profile, Profile.of("Hello again!"));

            assertThat(current.memberId()).isEqualTo(blog.alice.id());
            assertThat(db.get(Profile.class, old.id()).memberId()).isNull();  // kept, unlinked: memberId is nullable
            assertThat(db.query(Profile.class).where(Profile_.memberId.eq(blog.alice.id())).count()).isEqualTo(1);
        }
    }

    @Test
    void deletionRules() {
        Statements statements = new Statements();
        try (Blog blog = Blog.open(statements)) {
            Toasty db = blog.db;
            assertThat(statements.ddl()).contains("CREATE TABLE IF NOT EXISTS `comments` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "`body` TEXT NOT NULL, `post_id` INTEGER NOT NULL, `commenter_id` INTEGER, "
                    + "CONSTRAINT `fk_comments_post_id` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE, "
                    + "CONSTRAINT `fk_comments_commenter_id` FOREIGN KEY (`commenter_id`) REFERENCES `members` (`id`) "
                    + "ON DELETE SET NULL) STRICT");

            assertThatThrownBy(() -> db.delete(blog.alice))           // RESTRICT: Alice still has posts
                    .isInstanceOf(ForeignKeyViolationException.class)
                    .hasMessageStartingWith("Cannot delete or change this Member: other records still point at it");
            assertThat(db.find(Member.class, blog.alice.id())).isPresent();

            db.delete(blog.hello);                                    // CASCADE: its comments and taggings go too
            db.delete(blog.carol);                                    // SET_NULL: her comments stay, without commenter

            assertThat(db.query(Comment.class).where(Comment_.postId.eq(blog.hello.id())).exists()).isFalse();
            assertThat(db.query(Tagging.class).count()).isEqualTo(1);

            assertThatThrownBy(() -> db.sql("DELETE FROM members WHERE id = :id").bind("id", blog.bob.id()).execute())
                    .isInstanceOf(ForeignKeyViolationException.class);
            assertThat(db.find(Member.class, blog.bob.id())).isPresent();
        }
    }

    @Test
    void setNullKeepsTheChild() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;
            Comment nice = db.query(Comment.class).where(Comment_.body.eq("Nice")).one();
            db.delete(blog.carol);
            assertThat(db.get(Comment.class, nice.id()).commenterId()).isNull();
        }
    }

    @Test
    void aCycleOfForeignKeysIsRefusedAtPushSchema() {
        try (Toasty db = Toasty.builder().models(Author.class, Book.class).url("sqlite::memory:").build()) {
            assertThatThrownBy(db::pushSchema)
                    .isInstanceOf(SchemaException.class)
                    .hasMessage("The foreign keys of tables authors -> books -> authors form a cycle, which Toasty cannot create: "
                            + "make one of these relations a plain field");
        }
    }
}
