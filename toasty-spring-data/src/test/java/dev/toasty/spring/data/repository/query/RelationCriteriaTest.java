package dev.toasty.spring.data.repository.query;

import dev.toasty.driver.Limits;

import dev.toasty.driver.Feature;

import dev.toasty.Toasty;
import dev.toasty.driver.Capability;
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
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a backend without SQL (DynamoDB's capability), criteria across relations are accepted at startup
 * only along belongs-to relations (whether the related records can be looked up without a scan is the
 * engine's to tell when the method runs); the others are refused then, naming the method and what to do instead.
 */
class RelationCriteriaTest {

    private static final Capability NO_SQL = Capability.of("dynamodb", new Limits(100), Feature.DECIMAL_ORDERING);

    @SuppressWarnings("unused")
    interface Articles extends ToastyRepository<Article, Long> {
        List<Article> findByWriterEmail(String email);
        List<Article> findByWriter_IdIn(List<Long> ids);
        List<Article> findByWriterName(String name);
        List<Article> findByWriterEmailStartingWith(String prefix);
        List<Article> findByTopicsName(String name);
        List<Article> findByRemarksBody(String body);
        List<Article> findByRemarksIsEmpty();
        List<Article> findByWriterIsNull();
        List<Article> findByWriterIsNotNull();
    }

    @SuppressWarnings("unused")
    interface Remarks extends ToastyRepository<Remark, Long> {
        List<Remark> findByArticleWriterEmail(String email);
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

    private FilterTemplate template(Class<?> repository, Class<?> model, String name) {
        Method method = java.util.Arrays.stream(repository.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
        QueryMethod query = new QueryMethod(method, new DefaultRepositoryMetadata(repository),
                new SpelAwareProxyProjectionFactory(), DefaultParameters::new);
        MethodContext context = new MethodContext(repository, method, query, schema.of(model), schema, NO_SQL);
        return FilterTemplate.of(context, MethodName.parse(context));
    }

    private void refused(String method, String... reasons) {
        var thrown = assertThatThrownBy(() -> template(Articles.class, Article.class, method))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(Articles.class.getName() + "." + method)
                .hasMessageContaining("is not supported on dynamodb");
        for (String reason : reasons) {
            thrown.hasMessageContaining(reason);
        }
    }

    @Test
    void belongsToPathsAreAccepted() {
        for (String method : List.of("findByWriterEmail", "findByWriter_IdIn", "findByWriterName", "findByWriterEmailStartingWith",
                "findByWriterIsNotNull")) {
            assertThat(template(Articles.class, Article.class, method)).as(method).isNotNull();
        }
        assertThat(template(Remarks.class, Remark.class, "findByArticleWriterEmail")).isNotNull();
    }

    @Test
    void otherPathsAreRefusedAtStartup() {
        refused("findByTopicsName", "by the many-to-many Article.topics", "only along belongs-to relations");
        refused("findByRemarksBody", "by the has-many Article.remarks");
        refused("findByRemarksIsEmpty", "IsEmpty on the relation itself");
        refused("findByWriterIsNull", "IsNull on the relation itself");
    }
}
