package dev.toasty.demo;

import dev.toasty.spring.data.repository.ToastyRepository;

/** Comments on posts. */
public interface CommentRepository extends ToastyRepository<Comment, Long> {
}
