package dev.toasty.spring.data.repository.support;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.Query;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.config.notes.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query lookup strategy key decides between {@code @Query} and the method name, on SQLite. */
class QueryLookupKeyTest {

    /** One declared and one derived query. */
    interface Notes extends ToastyRepository<Note, Long> {

        @Query("select * from notes where title = :title")
        List<Note> titled(String title);

        List<Note> findByTitle(String title);
    }

    private Toasty db;

    @BeforeEach
    void open() {
        db = Toasty.builder().url("sqlite::memory:").models(Note.class).build();
        db.pushSchema();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Notes repository(Key key) {
        ToastyRepositoryFactory factory = new ToastyRepositoryFactory(db);
        factory.setQueryLookupStrategyKey(key);
        return factory.getRepository(Notes.class);
    }

    @Test
    void byDefaultADeclaredQueryWinsAndOtherMethodsAreDerived() {
        Notes notes = repository(Key.CREATE_IF_NOT_FOUND);
        Note saved = notes.save(new Note(null, "Groceries", "milk"));
        assertThat(notes.titled("Groceries")).containsExactly(saved);
        assertThat(notes.findByTitle("Groceries")).containsExactly(saved);
    }

    @Test
    void useDeclaredQueryRefusesAMethodWithoutQuery() {
        assertThatThrownBy(() -> repository(Key.USE_DECLARED_QUERY))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("Notes.findByTitle").hasMessageContaining("USE_DECLARED_QUERY");
    }

    @Test
    void createDerivesEveryMethodFromItsName() {
        assertThatThrownBy(() -> repository(Key.CREATE))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("Notes.titled").hasMessageContaining("'titled'");
    }
}
