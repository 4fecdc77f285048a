package dev.toasty.spring.data.repository.relations;

import dev.toasty.spring.data.repository.ToastyRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derived queries whose properties cross relations, on SQLite: belongs-to (the related record matches),
 * has-many and many-to-many (any related record matches), nested, combined with other criteria, and
 * relations tested themselves.
 */
class RelationQueryTest {

    interface Articles extends ToastyRepository<Article, Long> {

        List<Article> findByWriterName(String name);

        List<Article> findByWriter_Name(String name);

        List<Article> findByWriterEmailIn(Collection<String> emails);

        List<Article> findByWriterNameAndPublishedTrueOrderByCreatedAtDesc(String name);

        List<Article> findByWriterNameOrTopicsName(String writer, String topic);

        List<Article> findByTopicsName(String topic);

        List<Article> findByTopicsNameIgnoreCaseOrderByCreatedAtAsc(String topic);

        List<Article> findByRemarksAuthorName(String name);

        List<Article> findByRemarksIsEmptyOrderByCreatedAtAsc();

        List<Article> findByTopicsIsNotEmptyOrderByCreatedAtAsc();

        Page<Article> findPageByTopicsName(String topic, Pageable pageable);

        long countByWriterName(String name);

        boolean existsByTopicsName(String topic);

        long deleteByWriterNameAndPublishedFalse(String name);
    }

    interface Writers extends ToastyRepository<Writer, Long> {

        List<Writer> findByArticlesTitleContainingOrderByNameAsc(String text);

        List<Writer> findByArticlesTopicsName(String topic);

        List<Writer> findByArticlesIsEmpty();

        List<Writer> findByArticlesPublishedFalse();
    }

    interface Remarks extends ToastyRepository<Remark, Long> {

        List<Remark> findByArticleWriterNameOrderByBodyAsc(String name);

        List<Remark> findByAuthorIsNull();

        List<Remark> findByAuthorIsNotNullAndArticleTitleStartingWith(String prefix);
    }

    private Library library;
    private Articles articles;
    private Writers writers;
    private Remarks remarks;

    @BeforeEach
    void open() {
        library = new Library();
        articles = library.repository(Articles.class);
        writers = library.repository(Writers.class);
        remarks = library.repository(Remarks.class);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static List<String> titles(List<Article> list) {
        return list.stream().map(Article::title).toList();
    }

    private static List<String> names(List<Writer> list) {
        return list.stream().map(Writer::name).toList();
    }

    @Test
    void aBelongsToPathMatchesTheRelatedRecord() {
        assertThat(titles(articles.findByWriterName("Ann"))).containsExactlyInAnyOrder("Toasty relations", "Paging deep");
        assertThat(titles(articles.findByWriter_Name("Bob"))).containsExactlyInAnyOrder("Spring repositories", "Notes");
        assertThat(titles(articles.findByWriterEmailIn(List.of("bob@x", "cid@x"))))
                .containsExactlyInAnyOrder("Spring repositories", "Notes");
        assertThat(articles.findByWriterName("Nobody")).isEmpty();
    }

    @Test
    void combinesWithCriteriaOnTheModelAndItsOrder() {
        assertThat(titles(articles.findByWriterNameAndPublishedTrueOrderByCreatedAtDesc("Bob")))
                .containsExactly("Notes", "Spring repositories");
        assertThat(titles(articles.findByWriterNameOrTopicsName("Bob", "sql")))
                .containsExactlyInAnyOrder("Toasty relations", "Paging deep", "Spring repositories", "Notes");
    }

    @Test
    void aManyToManyPathMatchesWhenAnyRelatedRecordDoes() {
        assertThat(titles(articles.findByTopicsName("java"))).containsExactlyInAnyOrder("Toasty relations", "Spring repositories");
        assertThat(titles(articles.findByTopicsNameIgnoreCaseOrderByCreatedAtAsc("SQL"))).containsExactly("Toasty relations", "Paging deep");
        assertThat(articles.countByWriterName("Ann")).isEqualTo(2);
        assertThat(articles.existsByTopicsName("spring")).isTrue();
        assertThat(articles.existsByTopicsName("rust")).isFalse();
    }

    @Test
    void aHasManyPathMatchesEachRecordOnce() {
        assertThat(names(writers.findByArticlesTitleContainingOrderByNameAsc("e"))).containsExactly("Ann", "Bob");
        assertThat(names(writers.findByArticlesPublishedFalse())).containsExactly("Ann");
    }

    @Test
    void pathsNestToAnyDepth() {
        assertThat(names(writers.findByArticlesTopicsName("spring"))).containsExactly("Bob");
        assertThat(names(writers.findByArticlesTopicsName("sql"))).containsExactly("Ann");
        assertThat(titles(articles.findByRemarksAuthorName("Cid"))).containsExactly("Toasty relations");
        assertThat(remarks.findByArticleWriterNameOrderByBodyAsc("Ann")).extracting(Remark::body).containsExactly("Agreed", "Nice");
    }

    @Test
    void aRelationItselfIsTestedForRelatedRecords() {
        assertThat(titles(articles.findByRemarksIsEmptyOrderByCreatedAtAsc())).containsExactly("Paging deep", "Notes");
        assertThat(titles(articles.findByTopicsIsNotEmptyOrderByCreatedAtAsc()))
                .containsExactly("Toasty relations", "Paging deep", "Spring repositories");
        assertThat(names(writers.findByArticlesIsEmpty())).containsExactly("Cid");
        library.db.delete(library.cid);
        assertThat(remarks.findByAuthorIsNull()).extracting(Remark::body).containsExactly("Agreed");
        assertThat(remarks.findByAuthorIsNotNullAndArticleTitleStartingWith("Toasty")).extracting(Remark::body)
                .containsExactly("Nice");
    }

    @Test
    void pagesAndDeletesAcrossRelations() {
        Page<Article> page = articles.findPageByTopicsName("java", PageRequest.of(0, 1, Sort.by("createdAt")));
        assertThat(titles(page.getContent())).containsExactly("Toasty relations");
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(articles.deleteByWriterNameAndPublishedFalse("Ann")).isEqualTo(1);
        assertThat(titles(articles.findByWriterName("Ann"))).containsExactly("Toasty relations");
    }

    @Test
    void aFilterAcrossARelationIsOneStatement() {
        assertThat(library.statementsOf(() -> articles.findByRemarksAuthorName("Cid"))).isEqualTo(1);
        assertThat(library.statements.get(0).sql()).containsIgnoringCase(" in (select");
    }
}
