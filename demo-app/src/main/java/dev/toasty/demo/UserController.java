package dev.toasty.demo;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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

/** {@code /users}: list (by name prefix), add, show one with their posts, and one user's published posts a page at a time. */
@RestController
class UserController {

    private final UserRepository users;
    private final PostRepository posts;

    UserController(UserRepository users, PostRepository posts) {
        this.users = users;
        this.posts = posts;
    }

    record NewUser(String name, String email) {
    }

    @GetMapping("/users")
    List<UserView> list(@RequestParam(defaultValue = "") String prefix) {
        return users.findByNameStartingWithIgnoreCaseOrderByNameAsc(prefix).stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView add(@RequestBody NewUser user) {
        return UserView.of(users.save(User.of(user.name(), user.email(), Instant.now())));
    }

    @GetMapping("/users/{id}")
    UserView one(@PathVariable long id) {
        return UserView.of(users.findById(id).orElseThrow(() -> notFound(id)));
    }

    @GetMapping("/users/{id}/posts")
    Page<PostView> posts(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "10") int size) {
        if (!users.existsById(id)) {
            throw notFound(id);
        }
        return posts.findByAuthorIdAndPublishedTrue(id, PageRequest.of(page, Math.min(size, 100), Sort.by("createdAt").descending()))
                .map(PostView::of);
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + id);
    }
}
