package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.blog.Member;

/** Members with their posts, the owner-and-children shape of an aggregate saved through a repository. */
@Include("posts")
public interface MemberRepository extends ToastyRepository<Member, Long> {
}
