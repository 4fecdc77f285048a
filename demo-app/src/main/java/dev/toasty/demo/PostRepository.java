package dev.toasty.demo;

import dev.toasty.spring.data.repository.ToastyRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.List;

/** Posts: per author with paging, and a title search. */
public interface PostRepository extends ToastyRepository<Post, Long> {

    Page<Post> findByAuthorIdAndPublishedTrue(Long authorId, Pageable pageable);

    List<Post> findTop20ByTitleContainingIgnoreCaseOrderByCreatedAtDesc(String text);

    long countByAuthorId(Long authorId);
}
