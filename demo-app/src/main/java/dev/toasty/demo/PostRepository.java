package dev.toasty.demo;

import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.ToastyRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.Optional;

/**
 * Posts: one with its author, comments and tags; per author with paging; a search of titles and bodies; per tag
 * (a criterion across the many-to-many relation). {@code @Include} loads relations with one query per
 * relation, whatever the number of posts.
 */
public interface PostRepository extends ToastyRepository<Post, Long> {

    @Override
    @Include({"author", "comments.author", "tags"})
    Optional<Post> findById(Long id);

    Page<Post> findByAuthorIdAndPublishedTrue(Long authorId, Pageable pageable);

    @Include("author")
    List<Post> findTop20ByTitleContainingIgnoreCaseOrBodyContainingIgnoreCaseOrderByCreatedAtDesc(String title, String body);

    @Include({"author", "tags"})
    List<Post> findTop20ByTagsNameAndPublishedTrueOrderByCreatedAtDesc(String tag);

    long countByAuthorId(Long authorId);
}
