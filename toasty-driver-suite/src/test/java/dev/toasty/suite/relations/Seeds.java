package dev.toasty.suite.relations;

import dev.toasty.driver.Feature;
import dev.toasty.Toasty;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Label;
import dev.toasty.suite.models.blog.Labeling;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Post;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk data for the statement-count tests, written with insertAll. Post number {@code i} (title
 * {@code P<i>}) is by member {@code i % members}, has {@code i % 3} comments, and two labels
 * ({@code i % labels} and the next) unless {@code i} is a multiple of 4, when it has none.
 */
final class Seeds {

    private Seeds() {
    }

    /** DynamoDB writes at most 100 actions atomically (a unique field takes one more per item): it gets smaller calls. */
    private static final int KEY_VALUE_CHUNK = 40;

    /** {@code db.insertAll(records)}, in one call on SQL backends and in chunks on the others. */
    static <M> List<M> insertAll(Toasty db, List<M> records) {
        if (db.capability().has(Feature.TRANSACTIONS)) {
            return db.insertAll(records);
        }
        List<M> out = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += KEY_VALUE_CHUNK) {
            out.addAll(db.insertAll(records.subList(from, Math.min(records.size(), from + KEY_VALUE_CHUNK))));
        }
        return out;
    }

    /** The members and labels the posts point at. */
    record Pool(List<Member> members, List<Label> labels) {
    }

    static Pool pool(Toasty db, int members, int labels) {
        List<Member> m = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            m.add(Member.of("member " + i, "member" + i + "@example.com"));
        }
        List<Label> l = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            l.add(Label.of("label " + i));
        }
        return new Pool(insertAll(db, m), insertAll(db, l));
    }

    /** {@code members} members, each with {@code perMember} posts. */
    static List<Member> membersWithPosts(Toasty db, int members, int perMember) {
        List<Member> inserted = pool(db, members, 0).members();
        List<Post> posts = new ArrayList<>(members * perMember);
        for (Member m : inserted) {
            for (int i = 0; i < perMember; i++) {
                posts.add(Post.of(m.name() + " post " + i, true, i, m.id()));
            }
        }
        insertAll(db, posts);
        return inserted;
    }

    /** Posts number {@code from} to {@code from + count - 1}, with their comments and labels. */
    static void posts(Toasty db, Pool pool, int from, int count) {
        List<Post> posts = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            posts.add(Post.of("P" + i, i % 2 == 0, i, pool.members().get(i % pool.members().size()).id()));
        }
        posts = insertAll(db, posts);
        List<Comment> comments = new ArrayList<>();
        List<Labeling> labelings = new ArrayList<>();
        int labels = pool.labels().size();
        for (int n = 0; n < posts.size(); n++) {
            Post post = posts.get(n);
            int i = from + n;
            for (int k = 0; k < i % 3; k++) {
                comments.add(Comment.on(post, "P" + i + " comment " + k, pool.members().get(k).id()));
            }
            if (i % 4 != 0) {
                labelings.add(Labeling.of(post.id(), pool.labels().get(i % labels).id(), i));
                labelings.add(Labeling.of(post.id(), pool.labels().get((i + 1) % labels).id(), i));
            }
        }
        insertAll(db, comments);
        insertAll(db, labelings);
    }

    /** Each post loaded with its own author, comments and labels, as {@link #posts} wrote them. */
    static void check(List<Post> posts) {
        assertThat(posts).allSatisfy(p -> {
            int i = Integer.parseInt(p.title().substring(1));
            assertThat(p.author().get().id()).isEqualTo(p.authorId());
            assertThat(p.comments().get()).hasSize(i % 3);
            assertThat(p.comments().get()).allSatisfy(c -> assertThat(c.body()).startsWith(p.title() + " comment"));
            assertThat(p.labels().get()).hasSize(i % 4 == 0 ? 0 : 2);
        });
    }
}
