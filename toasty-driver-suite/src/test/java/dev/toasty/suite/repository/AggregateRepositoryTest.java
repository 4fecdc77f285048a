package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.relation.HasMany;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Post;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A repository's save writes the children the saved record holds (the "add a pet to an owner" flow). */
class AggregateRepositoryTest {

    @DriverTest
    void saveOfAnOwnerHoldingANewChildWritesTheChild(Toasty db) {
        MemberRepository members = Fixture.repository(db, MemberRepository.class);
        Member dan = members.save(Member.of("Dan", "dan@example.com").withPosts(Post.of("D1", true, 1, null)));
        Member found = members.findById(dan.id()).orElseThrow();
        List<Post> posts = new ArrayList<>(found.posts().get());
        posts.add(Post.of("D2", false, 2, null));

        Member saved = members.save(new Member(found.id(), found.name(), found.email(), HasMany.of(posts), found.profile(),
                found.following(), found.followers()));

        assertThat(saved.posts().get()).allSatisfy(p -> assertThat(p.id()).isNotNull());
        Member again = members.findById(dan.id()).orElseThrow();
        assertThat(again.posts().get()).extracting(Post::title).containsExactlyInAnyOrder("D1", "D2");
        assertThat(saved.posts().get()).extracting(Post::id).containsExactlyInAnyOrderElementsOf(
                again.posts().get().stream().map(Post::id).toList());
    }
}
