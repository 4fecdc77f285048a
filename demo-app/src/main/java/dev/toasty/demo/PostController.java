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
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code /posts}: the newest published posts with their authors, comments and tags, by cursor (Toasty's
 * query API with {@code include}: one query per relation, whatever the page size); a search of titles and bodies and
 * one post (repository methods with {@code @Include}); writing a post with its tags, and a comment,
 * each checked in one transaction.
 */
@RestController
class PostController {

    private final Toasty db;
    private final PostRepository posts;
    private final UserRepository users;
    private final TagRepository tags;
    private final CommentRepository comments;

    PostController(Toasty db, PostRepository posts, UserRepository users, TagRepository tags, CommentRepository comments) {
        this.db = db;
        this.posts = posts;
        this.users = users;
        this.tags = tags;
        this.comments = comments;
    }

    record NewPost(Long authorId, String title, String body, boolean published, List<String> tags) {
    }

    record NewComment(Long authorId, String body) {
    }

    /** A page of posts and the cursors to the pages around it. */
    record PostPage(List<PostView> items, String nextCursor, String previousCursor) {
    }

    @GetMapping("/posts")
    PostPage list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int size) {
        var query = db.query(Post.class).where(Post_.published.isTrue()).orderBy(Post_.createdAt.desc())
                .include(Post_.author, Post_.comments.orderBy(Comment_.createdAt.asc()).then(Comment_.author), Post_.tags);
        Page<Post> page = (after == null ? query : query.after(after)).paginate(Math.clamp(size, 1, 100));
        return new PostPage(page.items().stream().map(PostView::of).toList(), page.nextCursor(), page.previousCursor());
    }

    @GetMapping("/posts/search")
    List<PostView> search(@RequestParam String q) {
        return posts.findTop20ByTitleContainingIgnoreCaseOrBodyContainingIgnoreCaseOrderByCreatedAtDesc(q, q).stream().map(PostView::of).toList();
    }

    @GetMapping("/posts/{id}")
    PostView one(@PathVariable long id) {
        return PostView.of(posts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No post " + id)));
    }

    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    PostView add(@RequestBody NewPost post) {
        if (post.authorId() == null || !users.existsById(post.authorId())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No author " + post.authorId());
        }
        Instant now = Instant.now();
        Post saved = posts.save(Post.of(post.authorId(), post.title(), post.body(), post.published(), now));
        for (String name : new LinkedHashSet<>(post.tags() == null ? List.of() : post.tags())) {
            Tag tag = tags.findByName(name).orElseGet(() -> tags.save(Tag.of(name)));
            db.insert(Tagging.of(saved.id(), tag.id(), now));
        }
        return one(saved.id());
    }

    @PostMapping("/posts/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    CommentView comment(@PathVariable long id, @RequestBody NewComment comment) {
        if (!posts.existsById(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No post " + id);
        }
        if (comment.authorId() != null && !users.existsById(comment.authorId())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No author " + comment.authorId());
        }
        return CommentView.of(comments.save(Comment.of(id, comment.authorId(), comment.body(), Instant.now())));
    }
}
