package dev.toasty.docs.relations;

import dev.toasty.Page;
import dev.toasty.RelationNotLoadedException;
import dev.toasty.Toasty;
import dev.toasty.docs.relations.blog.Blog;
import dev.toasty.docs.relations.blog.Comment;
import dev.toasty.docs.relations.blog.Member;
import dev.toasty.docs.relations.blog.Member_;
import dev.toasty.docs.relations.blog.Post;
import dev.toasty.docs.relations.blog.Post_;
import dev.toasty.docs.relations.blog.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/relations/preloading.md, run as written there. */
class PreloadingTest {

    @Test
    void includesLoadATreeOfRelationsOneStatementPerLevel() {
        Statements statements = new Statements();
        try (Blog blog = Blog.open(statements)) {
            Toasty db = blog.db;
            statements.clear();

            List<Member> members = db.query(Member.class)
                    .include(Member_.posts.then(Post_.comments), Member_.posts.then(Post_.tags), Member_.profile)
                    .orderBy(Member_.name.asc())
                    .list();
            Member alice = members.get(0);
            Post hello = alice.posts().get().get(0);
            int comments = hello.comments().size();                         // 2
            List<String> tags = hello.tags().stream().map(Tag::name).toList();  // "java", "sql"
            boolean hasProfile = alice.profile().find().isPresent();       // false, and loaded

            assertThat(comments).isEqualTo(2);
            assertThat(tags).containsExactly("java", "sql");
            assertThat(hasProfile).isFalse();
            assertThat(statements.sql()).hasSize(5);
            assertThat(statements.sql().get(1)).isEqualTo("SELECT `id`, `title`, `published`, `likes`, `author_id` "
                    + "FROM `posts` WHERE `author_id` IS NOT NULL ORDER BY `id`");

            statements.clear();
            db.query(Member.class).where(Member_.name.ne("nobody")).include(Member_.posts).list();
            assertThat(statements.sql().get(1)).isEqualTo("SELECT `id`, `title`, `published`, `likes`, `author_id` "
                    + "FROM `posts` WHERE `author_id` IN (?, ?, ?, ?) ORDER BY `id`");

            for (int i = 0; i < 40; i++) {
                db.insert(Member.of("Member " + i, null).withPosts(Post.of("Post " + i, true, i)));
            }
            statements.clear();
            db.query(Member.class).where(Member_.name.ne("nobody"))
                    .include(Member_.posts.then(Post_.comments), Member_.posts.then(Post_.tags), Member_.profile)
                    .list();
            assertThat(statements.sql()).hasSize(5);
            assertThat(statements.sql().get(1)).contains("IN (" + "?, ".repeat(63) + "?)"); // 43 members, padded to 64
        }
    }

    @Test
    void filteredAndOrderedIncludes() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;

            Member alice = db.query(Member.class).where(Member_.email.eq("alice@example.com"))
                    .include(Member_.posts.where(Post_.published.isTrue()).orderBy(Post_.likes.desc()).then(Post_.comments))
                    .one();
            List<String> titles = alice.posts().stream().map(Post::title).toList();  // "Hello": the draft is left out

            assertThat(titles).containsExactly("Hello");
            assertThat(alice.posts().get().get(0).comments().get()).extracting(Comment::body).containsExactly("Welcome!", "Nice");

            Member merged = db.query(Member.class).where(Member_.email.eq("alice@example.com"))
                    .include(Member_.posts.where(Post_.published.isTrue()), Member_.posts.then(Post_.comments))
                    .one();
            assertThat(merged.posts().get()).extracting(Post::title).containsExactly("Hello");
            assertThat(merged.posts().get().get(0).comments().isLoaded()).isTrue();

            assertThatThrownBy(() -> db.query(Member.class)
                    .include(Member_.posts.where(Post_.published.isTrue()), Member_.posts.where(Post_.likes.gt(3))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("include(...) loads Member.posts twice with different filters or orders: "
                            + "give it one where(...)/orderBy(...)");
        }
    }

    @Test
    void everyTerminalOperationThatReturnsRecordsLoadsTheIncludes() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;
            var query = db.query(Member.class).include(Member_.posts).orderBy(Member_.name.asc());
            assertThat(query.first().orElseThrow().posts().isLoaded()).isTrue();
            assertThat(query.last().orElseThrow().posts().isLoaded()).isTrue();
            assertThat(query.where(Member_.name.eq("Bob")).one().posts().size()).isEqualTo(1);
            Page<Member> page = query.paginate(2);
            assertThat(page.items()).allMatch(m -> m.posts().isLoaded());
        }
    }

    @Test
    void nothingIsLoadedLazily() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;

            Post post = db.query(Post.class).where(Post_.title.eq("Hello")).one();
            List<String> lines = new ArrayList<>();
            if (post.author().isLoaded()) {
                lines.add(post.author().get().name());
            }

            assertThat(lines).isEmpty();
            assertThatThrownBy(() -> post.author().get())
                    .isInstanceOf(RelationNotLoadedException.class)
                    .hasMessage("Post.author was not loaded: add .include(Post_.author) to the query that read this Post, "
                            + "or @Include(\"author\") to the repository method that did (Toasty does not load relations lazily)");
        }
    }
}
