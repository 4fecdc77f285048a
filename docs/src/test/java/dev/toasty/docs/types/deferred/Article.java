package dev.toasty.docs.types.deferred;

import dev.toasty.Deferred;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

/** docs/types/deferred.md: a long body that listings leave out. */
@Model
public record Article(@Key @Auto Long id, @Required String title, Deferred<String> body) {

    public static Article of(String title, String body) {
        return new Article(null, title, Deferred.of(body));
    }

    public Article withTitle(String title) {
        return new Article(id, title, body);
    }

    public Article withBody(String body) {
        return new Article(id, title, Deferred.of(body));
    }
}
