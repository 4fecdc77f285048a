package dev.toasty.spring.data.repository.relations;

import dev.toasty.spring.data.repository.ToastyRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.QueryCreationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Relation paths a repository cannot run are refused when it is created, naming the repository, the
 * method and the part of the path at fault; sorting across a relation is refused too.
 */
class RelationStartupTest {

    interface UnknownField extends ToastyRepository<Article, Long> {
        List<Article> findByWriterNmae(String name);
    }

    interface UnknownRelation extends ToastyRepository<Article, Long> {
        List<Article> findByAuthorName(String name);
    }

    interface PastAField extends ToastyRepository<Article, Long> {
        List<Article> findByTitleLength(int length);
    }

    interface RelationAsValue extends ToastyRepository<Article, Long> {
        List<Article> findByWriter(Writer writer);
    }

    interface EmptyOnOneRecord extends ToastyRepository<Article, Long> {
        List<Article> findByWriterIsEmpty();
    }

    interface OrderedAcrossRelation extends ToastyRepository<Article, Long> {
        List<Article> findByPublishedTrueOrderByWriterNameAsc();
    }

    interface WrongArgumentAcrossRelation extends ToastyRepository<Article, Long> {
        List<Article> findByWriterName(int name);
    }

    interface Plain extends ToastyRepository<Article, Long> {
    }

    private Library library;

    @BeforeEach
    void open() {
        library = new Library();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void refused(Class<?> repository, String method, String... reasons) {
        var thrown = assertThatThrownBy(() -> library.repository(repository))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(repository.getName() + "." + method);
        for (String reason : reasons) {
            thrown.hasMessageContaining(reason);
        }
    }

    @Test
    void anUnknownSegmentNamesItAndTheModelItWasLookedUpIn() {
        refused(UnknownField.class, "findByWriterNmae", "No property 'nmae' found for type 'Writer'",
                "reached through Article.writer", "the fields id, name, email and the relations articles");
        assertThatThrownBy(() -> library.repository(UnknownField.class)).rootCause()
                .isInstanceOf(PropertyReferenceException.class);
        refused(UnknownRelation.class, "findByAuthorName", "No property 'authorName' found for type 'Article'",
                "(Article has the fields id, title, published, createdAt, writerId",
                "the relations writer, remarks, taggings, topics");
        refused(PastAField.class, "findByTitleLength", "'title' is a field of Article, not a relation",
                "no property 'length'");
    }

    @Test
    void aRelationIsNotAValue() {
        refused(RelationAsValue.class, "findByWriter", "'writer' is the belongs-to relation Article.writer, not a field",
                "IsNull or IsNotNull", "findByWriterName");
        refused(EmptyOnOneRecord.class, "findByWriterIsEmpty", "test it with IsNull or IsNotNull");
    }

    @Test
    void sortingAcrossARelationIsRefused() {
        refused(OrderedAcrossRelation.class, "findByPublishedTrueOrderByWriterNameAsc", "OrderBy",
                "Cannot sort Article by 'writer.name'", "not across the relation Article.writer");
        Plain plain = library.repository(Plain.class);
        assertThatThrownBy(() -> plain.findAll(Sort.by("writer.name")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("not across the relation Article.writer");
    }

    @Test
    void argumentsAreCheckedAgainstTheFieldAcrossTheRelation() {
        refused(WrongArgumentAcrossRelation.class, "findByWriterName", "parameter 'name' is int", "holds String");
        assertThat(library.statements).isEmpty();
    }
}
