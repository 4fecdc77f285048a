package dev.toasty.suite.types;

import dev.toasty.driver.Feature;
import dev.toasty.FieldNotLoadedException;
import dev.toasty.Toasty;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.models.types.Article;
import dev.toasty.suite.models.types.Article_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deferred field: left out of the default read (reading it is a clear error naming the include), loaded
 * with {@code include(Article_.body)}, and kept in the database when a record read without it is updated.
 */
class DeferredFieldTest {

    private static final String BODY = "Body 😀 ".repeat(5_000);

    private static Article loaded(Toasty db, long id) {
        return db.query(Article.class).include(Article_.body).where(Article_.id.eq(id)).one();
    }

    @DriverTest
    void aDefaultReadLeavesTheBodyUnloaded(Toasty db) {
        Article saved = db.insert(Article.of("t", BODY));
        assertThat(saved.body().get()).isEqualTo(BODY);
        for (Article read : List.of(db.get(Article.class, saved.id()), db.find(Article.class, saved.id()).orElseThrow(),
                db.query(Article.class).one())) {
            assertThat(read.title()).isEqualTo("t");
            assertThat(read.body().isLoaded()).isFalse();
            assertThatThrownBy(() -> read.body().get()).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessageContaining("Article.body").hasMessageContaining("include(Article_.body)");
        }
    }

    /** On SQL backends the column is not even selected. */
    @DriverTest
    void theDefaultSelectDoesNotReadTheColumn(Toasty db, Backend backend, Recorder recorder) {
        Article saved = db.insert(Article.of("t", BODY));
        recorder.clear();
        db.get(Article.class, saved.id());
        assertThat(recorder.statements()).hasSize(1);
        if (backend.capability().has(Feature.NATIVE_SQL)) {
            assertThat(recorder.statements().get(0).sql()).doesNotContain("body").contains("title");
        }
        recorder.clear();
        loaded(db, saved.id());
        if (backend.capability().has(Feature.NATIVE_SQL)) {
            assertThat(recorder.statements()).hasSize(1);
            assertThat(recorder.statements().get(0).sql()).contains("body");
        }
    }

    @DriverTest
    void includeLoadsTheBody(Toasty db) {
        Article a = db.insert(Article.of("a", BODY));
        Article b = db.insert(Article.of("b", null));
        Article c = db.insert(Article.of("c", ""));
        assertThat(loaded(db, a.id()).body().get()).isEqualTo(BODY);
        Article nullBody = loaded(db, b.id());
        assertThat(nullBody.body().isLoaded()).isTrue();
        assertThat(nullBody.body().get()).isNull();
        assertThat(loaded(db, c.id()).body().get()).isEmpty();
        List<Article> all = db.query(Article.class).include(Article_.body).list();
        assertThat(all).hasSize(3).allSatisfy(r -> assertThat(r.body().isLoaded()).isTrue());
        assertThat(db.query(Article.class).include(Article_.body).where(Article_.title.eq("a")).one().body().get())
                .isEqualTo(BODY);
    }

    @DriverTest
    void updatingARecordReadWithoutTheBodyKeepsTheBody(Toasty db) {
        Article saved = db.insert(Article.of("old", BODY));
        Article read = db.get(Article.class, saved.id());
        db.update(read.withTitle("new"));
        Article after = loaded(db, saved.id());
        assertThat(after.title()).isEqualTo("new");
        assertThat(after.body().get()).isEqualTo(BODY);
    }

    @DriverTest
    void updatingALoadedBodyWritesIt(Toasty db) {
        Article saved = db.insert(Article.of("t", BODY));
        db.update(db.get(Article.class, saved.id()).withBody("short"));
        assertThat(loaded(db, saved.id()).body().get()).isEqualTo("short");
        db.update(loaded(db, saved.id()).withBody(null));
        Article cleared = loaded(db, saved.id());
        assertThat(cleared.body().isLoaded()).isTrue();
        assertThat(cleared.body().get()).isNull();
    }
}
