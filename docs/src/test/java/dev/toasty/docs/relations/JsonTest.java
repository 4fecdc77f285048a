package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.docs.relations.blog.Blog;
import dev.toasty.docs.relations.blog.Member;
import dev.toasty.docs.relations.blog.Member_;
import dev.toasty.docs.relations.blog.Post;
import dev.toasty.docs.relations.blog.Post_;
import dev.toasty.docs.relations.blog.Profile;
import dev.toasty.jackson.ToastyModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/relations/json.md, run as written there. */
class JsonTest {

    private static final String ALICE_WITH_POSTS = """
            {"id":3,"name":"Alice","email":"alice@example.com","posts":[
              {"id":1,"title":"Hello","published":true,"likes":5,"authorId":3},
              {"id":2,"title":"Drafts","published":false,"likes":0,"authorId":3}]}""";

    @Test
    void loadedRelationsAreWrittenAndUnloadedOnesLeftOut() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;

            JsonMapper json = JsonMapper.builder().addModule(new ToastyModule()).build();

            Member alice = db.query(Member.class).where(Member_.name.eq("Alice")).include(Member_.posts).one();
            String withPosts = json.writeValueAsString(alice);       // the posts as an array; no "profile"
            String bare = json.writeValueAsString(db.get(Member.class, alice.id()));
            // {"id":3,"name":"Alice","email":"alice@example.com"}

            assertThat(json.readTree(withPosts)).isEqualTo(json.readTree(ALICE_WITH_POSTS));
            assertThat(json.readTree(bare)).isEqualTo(json.readTree("{\"id\":3,\"name\":\"Alice\",\"email\":\"alice@example.com\"}"));
        }
    }

    @Test
    void whatTheJsonLeavesOutIsKeptWhenSaved() {
        try (Blog blog = Blog.open()) {
            Toasty db = blog.db;
            JsonMapper json = JsonMapper.builder().addModule(new ToastyModule()).build();
            db.replace(blog.alice, Member_.profile, Profile.of("Writes about toast"));

            Member renamed = json.readValue("""
                    {"id": 3, "name": "Alice B.", "email": "alice@example.com"}
                    """, Member.class);
            db.update(renamed);         // posts and profile were left out: both stay as they are

            assertThat(db.query(Post.class).where(Post_.authorId.eq(3L)).count()).isEqualTo(2);
            assertThat(db.query(Member.class).where(Member_.id.eq(3L)).include(Member_.profile).one().profile().find())
                    .isPresent();

            Member withThird = json.readValue("""
                    {"id": 3, "name": "Alice", "email": "alice@example.com",
                     "posts": [{"title": "Third", "published": false, "likes": 0}], "profile": null}
                    """, Member.class);
            db.update(withThird);       // "Third" is inserted; Hello and Drafts stay; the profile is unlinked

            assertThat(db.query(Post.class).where(Post_.authorId.eq(3L)).list()).extracting(Post::title)
                    .containsExactlyInAnyOrder("Hello", "Drafts", "Third");
            assertThat(db.query(Profile.class).one().memberId()).as("memberId is nullable: unlinked, not deleted").isNull();
        }
    }
}
