package dev.toasty.demo;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /tags}: the tag names, and the newest published posts of a tag (a derived query across the many-to-many relation). */
@RestController
class TagController {

    private final TagRepository tags;
    private final PostRepository posts;

    TagController(TagRepository tags, PostRepository posts) {
        this.tags = tags;
        this.posts = posts;
    }

    @GetMapping("/tags")
    List<String> list() {
        return tags.findAll(Sort.by("name")).stream().map(Tag::name).toList();
    }

    @GetMapping("/tags/{name}/posts")
    List<PostView> posts(@PathVariable String name) {
        return posts.findTop20ByTagsNameAndPublishedTrueOrderByCreatedAtDesc(name).stream().map(PostView::of).toList();
    }
}
