package dev.toasty.suite.models.types;

import dev.toasty.Deferred;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** A deferred body: left out of the default select, loaded with {@code include(Article_.body)}. */
@Model
public record Article(@Key @Auto Long id, String title, Deferred<String> body) {

    public static Article of(String title, String body) {
        return new Article(null, title, Deferred.of(body));
    }

    public Article withTitle(String value) {
        return new Article(id, value, body);
    }

    public Article withBody(String value) {
        return new Article(id, title, Deferred.of(value));
    }
}
