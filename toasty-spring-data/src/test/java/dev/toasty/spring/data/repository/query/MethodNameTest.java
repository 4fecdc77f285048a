package dev.toasty.spring.data.repository.query;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.relations.Article;
import dev.toasty.spring.data.repository.relations.Remark;
import dev.toasty.spring.data.repository.relations.Tagging;
import dev.toasty.spring.data.repository.relations.Topic;
import dev.toasty.spring.data.repository.relations.Writer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.core.support.DefaultRepositoryMetadata;
import org.springframework.data.repository.query.DefaultParameters;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MethodName} reads method names as Spring Data's {@link PartTree} does: for names whose
 * properties are the model's own fields, both give the same subject, criteria and sort; across
 * relations, the properties are resolved against the schema.
 */
class MethodNameTest {

    /** Names on fields of Article only, which Spring Data's parser can read too. */
    @SuppressWarnings("unused")
    interface Flat extends ToastyRepository<Article, Long> {
        List<Article> findByTitle(String t);
        List<Article> findByTitleIgnoreCase(String t);
        List<Article> findByTitleContainingIgnoringCaseOrPublishedTrue(String t);
        List<Article> findByTitleStartingWithAndCreatedAtGreaterThanAllIgnoreCase(String t, long c);
        List<Article> findTop3ByPublishedTrueOrderByCreatedAtDescTitleAsc();
        List<Article> findDistinctFirstByWriterIdOrderByTitle(Long w);
        long countByPublishedFalse();
        boolean existsByTitleNotIn(List<String> t);
        long deleteByCreatedAtBetween(long a, long b);
        List<Article> findByWriterIdIsNullOrTitleNotLikeAndIdLessThanEqual(String t, Long id);
        List<Article> findAllByOrderByCreatedAtAsc();
        List<Article> streamByTitleEndingWith(String t);
        List<Article> findByPublishedIsTrueAndCreatedAtBefore(long c);
        List<Article> findByTitleLikeOrTitleNotContainingOrTitleIsNotNull(String a, String b);
        List<Article> readFirst10ByWriterIdAndTitleNot(Long w, String t);
        List<Article> queryByCreatedAtAfterOrCreatedAtLessThan(long a, long b);
    }

    /** Names across relations. */
    @SuppressWarnings("unused")
    interface Across extends ToastyRepository<Article, Long> {
        List<Article> findByWriterNameAndTopicsNameIgnoreCase(String w, String t);
        List<Article> findByRemarksAuthorEmailOrderByTitleAsc(String e);
        List<Article> findByRemarks_Author_Name(String n);
        List<Article> findByWriterIdAndWriterName(Long id, String n);
    }

    private Toasty db;
    private SchemaPaths schema;

    @BeforeEach
    void open() {
        db = Toasty.builder().url("sqlite::memory:")
                .models(Writer.class, Article.class, Remark.class, Topic.class, Tagging.class).build();
        schema = new SchemaPaths(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MethodName parse(Class<?> repository, Method method) {
        QueryMethod query = new QueryMethod(method, new DefaultRepositoryMetadata(repository),
                new SpelAwareProxyProjectionFactory(), DefaultParameters::new);
        return MethodName.parse(new MethodContext(repository, method, query, schema.of(Article.class), schema, db.capability()));
    }

    @Test
    void readsFlatNamesAsSpringDataDoes() {
        for (Method method : Flat.class.getDeclaredMethods()) {
            PartTree spring = new PartTree(method.getName(), Article.class);
            MethodName ours = parse(Flat.class, method);
            assertThat(describe(ours)).as(method.getName()).isEqualTo(describe(spring));
            assertThat(ours.sort()).as(method.getName()).isEqualTo(spring.getSort());
            PartTree subject = ours.subject();
            assertThat(List.of(subject.isDistinct(), subject.isCountProjection(), subject.isExistsProjection(), subject.isDelete()))
                    .as(method.getName())
                    .isEqualTo(List.of(spring.isDistinct(), spring.isCountProjection(), spring.isExistsProjection(), spring.isDelete()));
            assertThat(subject.getMaxResults()).as(method.getName()).isEqualTo(spring.getMaxResults());
        }
    }

    @Test
    void resolvesPropertiesAcrossRelations() throws NoSuchMethodException {
        assertThat(describe(parse(Across.class, method("findByWriterNameAndTopicsNameIgnoreCase"))))
                .containsExactly(List.of("SIMPLE_PROPERTY writer.name NEVER", "SIMPLE_PROPERTY topics.name ALWAYS"));
        MethodName remarks = parse(Across.class, method("findByRemarksAuthorEmailOrderByTitleAsc"));
        assertThat(describe(remarks)).containsExactly(List.of("SIMPLE_PROPERTY remarks.author.email NEVER"));
        assertThat(remarks.sort().getOrderFor("title")).isNotNull();
        assertThat(describe(parse(Across.class, method("findByRemarks_Author_Name"))))
                .containsExactly(List.of("SIMPLE_PROPERTY remarks.author.name NEVER"));
        assertThat(describe(parse(Across.class, method("findByWriterIdAndWriterName"))))
                .as("the model's own field writerId wins over the relation writer and its id")
                .containsExactly(List.of("SIMPLE_PROPERTY writerId NEVER", "SIMPLE_PROPERTY writer.name NEVER"));
    }

    private static Method method(String name) throws NoSuchMethodException {
        for (Method m : Across.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static List<List<String>> describe(MethodName name) {
        List<List<String>> out = new ArrayList<>();
        for (List<Condition> branch : name.branches()) {
            out.add(branch.stream().map(c -> c.type().name() + " " + c.property().dotPath() + " " + c.ignoreCase()).toList());
        }
        return out;
    }

    private static List<List<String>> describe(PartTree tree) {
        List<List<String>> out = new ArrayList<>();
        for (PartTree.OrPart or : tree) {
            List<String> branch = new ArrayList<>();
            for (Part part : or) {
                branch.add(part.getType().name() + " " + part.getProperty().toDotPath() + " " + part.shouldIgnoreCase());
            }
            out.add(branch);
        }
        return out;
    }
}
