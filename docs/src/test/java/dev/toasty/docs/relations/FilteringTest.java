package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.docs.relations.blog.Blog;
import dev.toasty.docs.relations.blog.Comment_;
import dev.toasty.docs.relations.blog.Member;
import dev.toasty.docs.relations.blog.Member_;
import dev.toasty.docs.relations.blog.Post;
import dev.toasty.docs.relations.blog.Post_;
import dev.toasty.docs.relations.blog.Tag_;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/relations/filtering.md, run as written there. */
class FilteringTest {

    @Test
    void filtersAcrossRelations() {
        Statements statements = new Statements();
        try (Blog blog = Blog.open(statements)) {
            Toasty db = blog.db;
            statements.clear();

            List<Post> byAlice = db.query(Post.class).where(Post_.author.then(Member_.name).eq("Alice")).list();  // Hello, Drafts
            List<Post> popularByBob = db.query(Post.class)
                    .where(Post_.author.then(Member_.email).eq("bob@example.com").and(Post_.likes.gt(10)))
                    .list();                                                                                   // Java

            assertThat(titles(byAlice)).containsExactly("Hello", "Drafts");
            assertThat(titles(popularByBob)).containsExactly("Java");
            assertThat(statements.sql().get(0)).isEqualTo("SELECT `id`, `title`, `published`, `likes`, `author_id` "
                    + "FROM `posts` WHERE `author_id` IS NOT NULL AND `author_id` IN (SELECT `id` FROM `members` "
                    + "WHERE (`name` = ?))");

            List<Member> publishing = db.query(Member.class).where(Member_.posts.any(Post_.published.isTrue())).list();  // Alice, Bob
            List<Member> writers = db.query(Member.class).where(Member_.posts.any()).list();                          // Alice, Bob
            List<Member> silent = db.query(Member.class).where(Member_.posts.none()).list();                          // Carol
            List<Member> noDrafts = db.query(Member.class).where(Member_.posts.none(Post_.published.isFalse())).list(); // Bob, Carol
            List<Member> allPublished = db.query(Member.class).where(Member_.posts.all(Post_.published.isTrue())).list(); // Bob, Carol

            assertThat(names(publishing)).containsExactlyInAnyOrder("Alice", "Bob");
            assertThat(names(writers)).containsExactlyInAnyOrder("Alice", "Bob");
            assertThat(names(silent)).containsExactly("Carol");
            assertThat(names(noDrafts)).containsExactlyInAnyOrder("Bob", "Carol");
            assertThat(names(allPublished)).containsExactlyInAnyOrder("Bob", "Carol");

            List<Post> discussed = db.query(Post.class).where(Post_.comments.count().ge(2)).list();                    // Hello
            List<Post> quiet = db.query(Post.class).where(Post_.comments.count().eq(0)).list();                        // Drafts
            List<Post> answeredByBob = db.query(Post.class)
                    .where(Post_.comments.count(Comment_.commenterId.eq(blog.bob.id())).ge(1)).list();                 // Hello

            assertThat(titles(discussed)).containsExactly("Hello");
            assertThat(titles(quiet)).containsExactly("Drafts");
            assertThat(titles(answeredByBob)).containsExactly("Hello");

            List<Member> startedWithJ = db.query(Member.class).where(Member_.posts.then(Post_.title).startsWith("J")).list(); // Bob
            List<Post> aboutJava = db.query(Post.class).where(Post_.tags.any(Tag_.name.eq("java"))).list();           // Hello, Java
            List<Member> answeredByCarol = db.query(Member.class)
                    .where(Member_.posts.then(Post_.comments).any(Comment_.commenter.then(Member_.name).eq("Carol")))
                    .list();                                                                                   // Alice

            assertThat(titles(aboutJava)).containsExactly("Hello", "Java");
            assertThat(names(startedWithJ)).containsExactly("Bob");
            assertThat(names(answeredByCarol)).containsExactly("Alice");

            List<Member> idle = db.query(Member.class)
                    .where(Member_.posts.any(Post_.published.isTrue()).not().or(Member_.email.isNull()))
                    .list();                                                                                   // Carol

            assertThat(names(idle)).containsExactly("Carol");

            long unpublished = db.update(Post.class).set(Post_.published, false)
                    .where(Post_.author.then(Member_.email).eq("bob@example.com"))
                    .execute();                                                                                // 1

            assertThat(unpublished).isEqualTo(1);
            statements.clear();
            db.query(Post.class).where(Post_.comments.count().ge(2)).list();
            db.query(Member.class).where(Member_.posts.all(Post_.published.isTrue())).list();
            db.query(Post.class).where(Post_.tags.any(Tag_.name.eq("java"))).list();
            assertThat(statements.sql()).containsExactly(
                    "SELECT `id`, `title`, `published`, `likes`, `author_id` FROM `posts` WHERE ((`id` IN "
                            + "(SELECT `post_id` FROM `comments` GROUP BY `post_id` HAVING count(*) >= ?)) OR (NOT (`id` IN "
                            + "(SELECT `post_id` FROM `comments`)) AND 0 >= ?))",
                    "SELECT `id`, `name`, `email` FROM `members` WHERE NOT (`id` IN (SELECT `author_id` FROM `posts` "
                            + "WHERE `author_id` IS NOT NULL AND CASE WHEN `published` = ? THEN 0 ELSE 1 END = 1))",
                    "SELECT `id`, `title`, `published`, `likes`, `author_id` FROM `posts` WHERE `id` IN "
                            + "(SELECT `post_id` FROM `taggings` WHERE (`tag_id` IS NOT NULL AND `tag_id` IN "
                            + "(SELECT `id` FROM `tags` WHERE (`name` = ?))))");
        }
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream().map(Post::title).toList();
    }

    private static List<String> names(List<Member> members) {
        return members.stream().map(Member::name).toList();
    }
}
