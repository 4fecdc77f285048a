package dev.toasty.demo;

import dev.toasty.Page;
import dev.toasty.Toasty;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

/**
 * {@code /posts}: the newest published posts with cursor pagination (Toasty's query API), a title
 * search (a derived repository method), and writing a post (checked against its author in one transaction).
 */
@RestController
class PostController {

    private final Toasty db;
    private final PostRepository posts;
    private final UserRepository users;

    PostController(Toasty db, PostRepository posts, UserRepository users) {
        this.db = db;
        this.posts = posts;
        this.users = users;
    }

    record NewPost(Long authorId, String title, String body, boolean published) {
    }

    @GetMapping("/posts")
    Page<Post> list(@RequestParam(required = false) String after) {
        var query = db.query(Post.class).where(Post_.published.isTrue()).orderBy(Post_.createdAt.desc());
        return (after == null ? query : query.after(after)).paginate(20);
    }

    @GetMapping("/posts/search")
    List<Post> search(@RequestParam String q) {
        return posts.findTop20ByTitleContainingIgnoreCaseOrderByCreatedAtDesc(q);
    }

    @GetMapping("/posts/{id}")
    Post one(@PathVariable long id) {
        return posts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No post " + id));
    }

    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Post add(@RequestBody NewPost post) {
        if (post.authorId() == null || !users.existsById(post.authorId())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No author " + post.authorId());
        }
        return posts.save(new Post(null, post.authorId(), post.title(), post.body(), post.published(), Instant.now()));
    }
}
