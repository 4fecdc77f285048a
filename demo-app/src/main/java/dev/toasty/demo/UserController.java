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

/** {@code /users}: list (by name prefix), add, show one, and one user's published posts a page at a time. */
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
    List<User> list(@RequestParam(defaultValue = "") String prefix) {
        return users.findByNameStartingWithIgnoreCaseOrderByNameAsc(prefix);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    User add(@RequestBody NewUser user) {
        return users.save(new User(null, user.name(), user.email(), Instant.now()));
    }

    @GetMapping("/users/{id}")
    User one(@PathVariable long id) {
        return users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + id));
    }

    @GetMapping("/users/{id}/posts")
    Page<Post> posts(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "10") int size) {
        one(id);
        return posts.findByAuthorIdAndPublishedTrue(id, PageRequest.of(page, Math.min(size, 100), Sort.by("createdAt").descending()));
    }
}
