package dev.toasty.docs.types;

import dev.toasty.FieldNotLoadedException;
import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.docs.types.deferred.Article;
import dev.toasty.docs.types.deferred.Article_;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/types/deferred.md, run as written there. */
class DeferredTest {

    @Test
    void aDeferredFieldIsLoadedOnlyWhenIncluded() {
        List<String> sql = new ArrayList<>();
        try (Toasty db = Toasty.builder().models(Article.class).url("sqlite::memory:")
                .listener(e -> sql.add(e.sql())).build()) {
            db.pushSchema();

            Article saved = db.insert(Article.of("Toast", "A long text about toast..."));

            sql.clear();
            List<Article> listing = db.query(Article.class).orderBy(Article_.title.asc()).list();
            Article listed = listing.get(0);
            boolean loaded = listed.body().isLoaded();    // false

            assertThat(loaded).isFalse();
            assertThat(sql).containsExactly("SELECT `id`, `title`, NULL FROM `articles` ORDER BY `title`");
            assertThatThrownBy(() -> {
                listed.body().get();
                // FieldNotLoadedException: Article.body is deferred and was not loaded:
                // add .include(Article_.body) to the query that read this Article
            }).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessage("Article.body is deferred and was not loaded: add .include(Article_.body) "
                            + "to the query that read this Article");

            Article full = db.query(Article.class).where(Article_.id.eq(saved.id())).include(Article_.body).one();
            String body = full.body().get();              // "A long text about toast..."

            assertThat(body).isEqualTo("A long text about toast...");
            assertThat(db.get(Article.class, saved.id()).body().isLoaded()).isFalse();
            assertThat(db.find(Article.class, saved.id()).orElseThrow().body().isLoaded()).isFalse();

            db.update(listed.withTitle("Toast, again"));  // the body is left as it is

            Article after = db.query(Article.class).include(Article_.body).one();
            assertThat(after.title()).isEqualTo("Toast, again");
            assertThat(after.body().get()).isEqualTo("A long text about toast...");

            db.update(full.withBody("A shorter text."));  // a loaded body is written

            assertThat(db.query(Article.class).include(Article_.body).one().body().get()).isEqualTo("A shorter text.");
            assertThat(db.query(Article.class).where(Article_.body.contains("shorter")).count()).isEqualTo(1);

            assertThatThrownBy(() -> {
                db.insert(listed);
                // ValidationException: Field Article.body was not loaded, so this record cannot be inserted: ...
            }).isInstanceOf(ValidationException.class).hasMessageStartingWith("Field ")
                    .hasMessageContaining("body was not loaded, so this record cannot be inserted");
        }
    }
}
