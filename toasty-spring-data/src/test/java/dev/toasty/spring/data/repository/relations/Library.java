package dev.toasty.spring.data.repository.relations;

import dev.toasty.Toasty;
import dev.toasty.event.StatementEvent;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Writers, articles, remarks and topics on an in-memory SQLite database, with every statement recorded:
 * Ann wrote "Toasty relations" (java, sql; remarks by Bob and Cid) and the draft "Paging deep" (sql);
 * Bob wrote "Spring repositories" (java, spring; a remark by Ann) and "Notes" (no topic); Cid wrote nothing.
 */
final class Library implements AutoCloseable {

    final Toasty db;
    final List<StatementEvent> statements = new CopyOnWriteArrayList<>();
    final Writer ann;
    final Writer bob;
    final Writer cid;
    final Article relations;
    final Article paging;
    final Article spring;
    final Article notes;

    Library() {
        db = Toasty.builder().url("sqlite::memory:")
                .models(Writer.class, Article.class, Remark.class, Topic.class, Tagging.class)
                .listener(statements::add).build();
        db.pushSchema();
        ann = db.insert(Writer.of("Ann", "ann@x"));
        bob = db.insert(Writer.of("Bob", "bob@x"));
        cid = db.insert(Writer.of("Cid", "cid@x"));
        relations = db.insert(Article.of("Toasty relations", true, 1, ann.id()));
        paging = db.insert(Article.of("Paging deep", false, 2, ann.id()));
        spring = db.insert(Article.of("Spring repositories", true, 3, bob.id()));
        notes = db.insert(Article.of("Notes", true, 4, bob.id()));
        db.insertAll(List.of(Remark.of("Nice", relations.id(), bob.id()), Remark.of("Agreed", relations.id(), cid.id()),
                Remark.of("Thanks", spring.id(), ann.id())));
        Topic java = db.insert(Topic.of("java"));
        Topic sql = db.insert(Topic.of("sql"));
        Topic springTopic = db.insert(Topic.of("spring"));
        db.insertAll(List.of(Tagging.of(relations.id(), java.id()), Tagging.of(relations.id(), sql.id()),
                Tagging.of(paging.id(), sql.id()), Tagging.of(spring.id(), java.id()),
                Tagging.of(spring.id(), springTopic.id())));
        statements.clear();
    }

    <R> R repository(Class<R> type) {
        return new ToastyRepositoryFactory(db).getRepository(type);
    }

    /** The number of statements run by {@code action}. */
    int statementsOf(Runnable action) {
        statements.clear();
        action.run();
        return statements.size();
    }

    @Override
    public void close() {
        db.close();
    }
}
