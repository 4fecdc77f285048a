package dev.toasty.spring.data.repository.relations;

import dev.toasty.RelationNotLoadedException;
import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.Query;
import dev.toasty.spring.data.repository.ToastyRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.core.RepositoryCreationException;
import org.springframework.data.repository.query.QueryCreationException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Include} on SQLite: on derived finders and redeclared CRUD finders, on the repository
 * interface for all finders, nested and many-to-many chains; one statement per relation level whatever
 * the number of records; unknown names and misplaced annotations refused at startup.
 */
class IncludeTest {

    interface Articles extends ToastyRepository<Article, Long> {

        @Include({"writer", "remarks.author", "topics"})
        List<Article> findByPublishedTrueOrderByCreatedAtAsc(Limit limit);

        @Include("writer")
        Optional<Article> findByTitle(String title);

        @Include("writer")
        Page<Article> findByPublished(boolean published, org.springframework.data.domain.Pageable pageable);

        @Include("topics")
        Slice<Article> findSliceByPublishedTrue(org.springframework.data.domain.Pageable pageable);

        @Include("writer")
        Window<Article> findFirst2ByPublishedTrueOrderByCreatedAtAsc(ScrollPosition position);

        @Include("remarks")
        Stream<Article> streamByWriterName(String name);

        List<Article> findByWriterName(String name);

        @Include("remarks")
        Optional<Article> findById(Long id);
    }

    @Include("articles.topics")
    interface Writers extends ToastyRepository<Writer, Long> {

        List<Writer> findByNameStartingWith(String prefix);

        @Include({})
        List<Writer> findByEmail(String email);

        long countByNameStartingWith(String prefix);

        List<WriterName> findNamesByNameStartingWith(String prefix);
    }

    /** A projection: reads columns, loads no relation. */
    record WriterName(String name) {
    }

    interface UnknownRelation extends ToastyRepository<Article, Long> {
        @Include("remarks.writer")
        List<Article> findByPublishedTrue();
    }

    interface FieldNotRelation extends ToastyRepository<Article, Long> {
        @Include("title")
        List<Article> findByPublishedTrue();
    }

    @Include("autor")
    interface UnknownOnInterface extends ToastyRepository<Article, Long> {
    }

    interface OnCount extends ToastyRepository<Article, Long> {
        @Include("writer")
        long countByPublishedTrue();
    }

    interface OnNativeSql extends ToastyRepository<Article, Long> {
        @Include("writer")
        @Query("select * from articles")
        List<Article> everything();
    }

    interface OnSave extends ToastyRepository<Article, Long> {
        @Override
        @Include("writer")
        <S extends Article> S save(S article);
    }

    interface OnFindByIdUnknown extends ToastyRepository<Article, Long> {
        @Override
        @Include("writers")
        Optional<Article> findById(Long id);
    }

    private Library library;
    private Articles articles;
    private Writers writers;

    @BeforeEach
    void open() {
        library = new Library();
        articles = library.repository(Articles.class);
        writers = library.repository(Writers.class);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aDerivedFinderLoadsItsRelationsNestedAndManyToMany() {
        List<Article> list = articles.findByPublishedTrueOrderByCreatedAtAsc(Limit.unlimited());
        assertThat(list).extracting(a -> a.writer().get().name()).containsExactly("Ann", "Bob", "Bob");
        Article relations = list.get(0);
        assertThat(relations.remarks().get()).extracting(r -> r.body() + " by " + r.author().get().name())
                .containsExactlyInAnyOrder("Nice by Bob", "Agreed by Cid");
        assertThat(relations.topics().get()).extracting(Topic::name).containsExactlyInAnyOrder("java", "sql");
        assertThat(list.get(2).topics().get()).isEmpty();
        assertThatThrownBy(() -> relations.taggings().get()).isInstanceOf(RelationNotLoadedException.class);
        assertThatThrownBy(() -> relations.remarks().get().get(0).article().get()).isInstanceOf(RelationNotLoadedException.class);
    }

    @Test
    void theNumberOfStatementsDependsOnTheRelationsNotOnTheRecords() {
        int one = library.statementsOf(() -> articles.findByPublishedTrueOrderByCreatedAtAsc(Limit.of(1)));
        int all = library.statementsOf(() -> articles.findByPublishedTrueOrderByCreatedAtAsc(Limit.of(3)));
        // articles, their writers, remarks, the remarks' authors, topics (joined with the taggings)
        assertThat(one).isEqualTo(5);
        assertThat(all).isEqualTo(one);
    }

    @Test
    void everyKindOfFinderLoads() {
        assertThat(articles.findByTitle("Notes")).get().extracting(a -> a.writer().get().name()).isEqualTo("Bob");
        Page<Article> page = articles.findByPublished(true, PageRequest.of(1, 2, Sort.by("createdAt")));
        assertThat(page.getContent()).extracting(a -> a.writer().get().name()).containsExactly("Bob");
        assertThat(page.getTotalElements()).isEqualTo(3);
        Slice<Article> slice = articles.findSliceByPublishedTrue(PageRequest.of(0, 2, Sort.by("createdAt")));
        assertThat(slice.getContent()).extracting(a -> a.topics().get().size()).containsExactly(2, 2);
        Window<Article> first = articles.findFirst2ByPublishedTrueOrderByCreatedAtAsc(ScrollPosition.keyset());
        Window<Article> second = articles.findFirst2ByPublishedTrueOrderByCreatedAtAsc(first.positionAt(1));
        assertThat(second.getContent()).extracting(a -> a.title() + " by " + a.writer().get().name()).containsExactly("Notes by Bob");
        try (Stream<Article> stream = articles.streamByWriterName("Bob")) {
            assertThat(stream.mapToInt(a -> a.remarks().get().size())).containsExactlyInAnyOrder(1, 0);
        }
    }

    @Test
    void aMethodWithoutIncludeLoadsNothing() {
        Article article = articles.findByWriterName("Ann").get(0);
        assertThatThrownBy(() -> article.writer().get()).isInstanceOf(RelationNotLoadedException.class)
                .hasMessageContaining("Article.writer");
    }

    @Test
    void aRedeclaredFindByIdLoadsItsOwn() {
        Article found = articles.findById(library.relations.id()).orElseThrow();
        assertThat(found.remarks().get()).hasSize(2);
        assertThat(articles.findById(-1L)).isEmpty();
        assertThat(library.statementsOf(() -> articles.findById(library.relations.id()))).isEqualTo(2);
        assertThatThrownBy(() -> articles.findAll().get(0).remarks().get()).isInstanceOf(RelationNotLoadedException.class);
    }

    @Test
    void anIncludeOnTheInterfaceAppliesToEveryFinder() {
        Writer ann = writers.findByNameStartingWith("A").get(0);
        assertThat(ann.articles().get()).extracting(a -> a.topics().get().size()).containsExactlyInAnyOrder(2, 1);
        assertThat(writers.findById(library.bob.id()).orElseThrow().articles().get()).hasSize(2);
        assertThat(writers.findAll()).allMatch(w -> w.articles().isLoaded());
        assertThat(writers.findAll(Sort.by("name"))).extracting(w -> w.articles().get().size()).containsExactly(2, 2, 0);
        assertThat(writers.findAll(PageRequest.of(0, 1)).getContent().get(0).articles().isLoaded()).isTrue();
        assertThat(writers.findAllById(List.of(library.cid.id())).get(0).articles().get()).isEmpty();
    }

    @Test
    void aMethodsOwnIncludeReplacesTheInterfaces() {
        assertThat(writers.findByEmail("ann@x").get(0).articles().isLoaded()).isFalse();
        assertThat(library.statementsOf(() -> writers.countByNameStartingWith("A"))).isEqualTo(1);
        assertThat(writers.findNamesByNameStartingWith("B")).containsExactly(new WriterName("Bob"));
    }

    @Test
    void unknownNamesAndMisplacedIncludesAreRefusedAtStartup() {
        assertThatThrownBy(() -> library.repository(UnknownRelation.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(UnknownRelation.class.getName() + ".findByPublishedTrue")
                .hasMessageContaining("'remarks.writer': Remark (reached through Article.remarks) has no relation 'writer'")
                .hasMessageContaining("the relations article, author");
        assertThatThrownBy(() -> library.repository(FieldNotRelation.class))
                .hasMessageContaining("'title' is a field of Article, not a relation");
        assertThatThrownBy(() -> library.repository(UnknownOnInterface.class)).isInstanceOf(RepositoryCreationException.class)
                .hasMessageContaining(UnknownOnInterface.class.getName() + ": @Include on the interface")
                .hasMessageContaining("Article has no relation 'autor'");
        assertThatThrownBy(() -> library.repository(OnCount.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("countByPublishedTrue").hasMessageContaining("returns no records");
        assertThatThrownBy(() -> library.repository(OnNativeSql.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("everything").hasMessageContaining("native SQL");
        assertThatThrownBy(() -> library.repository(OnSave.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(OnSave.class.getName() + ".save")
                .hasMessageContaining("findById, findAll and findAllById");
        assertThatThrownBy(() -> library.repository(OnFindByIdUnknown.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(OnFindByIdUnknown.class.getName() + ".findById")
                .hasMessageContaining("Article has no relation 'writers'");
        assertThat(library.statements).isEmpty();
    }
}
