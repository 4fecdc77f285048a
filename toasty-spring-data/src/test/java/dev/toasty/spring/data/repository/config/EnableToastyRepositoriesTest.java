package dev.toasty.spring.data.repository.config;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.config.broken.MisspelledRepository;
import dev.toasty.spring.data.repository.config.notes.MemoRepository;
import dev.toasty.spring.data.repository.config.notes.Note;
import dev.toasty.spring.data.repository.config.notes.NoteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.repository.query.QueryCreationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link EnableToastyRepositories} in a real Spring context on SQLite: repositories are registered over
 * the named Toasty bean, exceptions come out as Spring's, a repository of a type that is not a
 * {@code @Model} is left to other stores, and a faulty method stops the context from starting.
 */
class EnableToastyRepositoriesTest {

    @Configuration
    @EnableToastyRepositories(basePackageClasses = NoteRepository.class, toastyRef = "notesDb")
    static class NotesConfig {

        @Bean(destroyMethod = "close")
        Toasty notesDb() {
            Toasty db = Toasty.builder().url("sqlite::memory:").models(Note.class).build();
            db.pushSchema();
            return db;
        }
    }

    @Configuration
    @EnableToastyRepositories(basePackageClasses = MisspelledRepository.class)
    static class BrokenConfig {

        @Bean(destroyMethod = "close")
        Toasty toasty() {
            return Toasty.builder().url("sqlite::memory:").models(Note.class).build();
        }
    }

    @Test
    void registersTheRepositoriesOfModelsOverTheNamedToastyBean() {
        try (var context = new AnnotationConfigApplicationContext(NotesConfig.class)) {
            NoteRepository notes = context.getBean(NoteRepository.class);
            Note saved = notes.save(new Note(null, "Groceries", "milk"));
            notes.save(new Note(null, "Garden", null));
            assertThat(saved.id()).isNotNull();
            assertThat(notes.findByTitleStartingWith("Gr")).containsExactly(saved);
            assertThat(context.getBean("notesDb", Toasty.class).query(Note.class).count()).isEqualTo(2);
        }
    }

    @Test
    void translatesExceptionsIntoSpringsDataAccessExceptions() {
        try (var context = new AnnotationConfigApplicationContext(NotesConfig.class)) {
            NoteRepository notes = context.getBean(NoteRepository.class);
            notes.save(new Note(null, "Groceries", "milk"));
            assertThatThrownBy(() -> notes.save(new Note(null, "Groceries", "eggs")))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasCauseInstanceOf(dev.toasty.UniqueViolationException.class);
        }
    }

    @Test
    void leavesARepositoryOfAnotherTypeToTheOtherStores() {
        try (var context = new AnnotationConfigApplicationContext(NotesConfig.class)) {
            assertThat(context.getBeanNamesForType(NoteRepository.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(MemoRepository.class)).isEmpty();
        }
    }

    @Test
    void aFaultyQueryMethodStopsTheContextNamingIt() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(BrokenConfig.class).close())
                .isInstanceOf(BeanCreationException.class)
                .rootCause().isInstanceOf(org.springframework.data.core.PropertyReferenceException.class);
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(BrokenConfig.class).close())
                .hasStackTraceContaining(QueryCreationException.class.getName())
                .hasStackTraceContaining("MisspelledRepository.findByTitel");
    }
}
