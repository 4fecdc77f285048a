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

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criteria across relations parse into templates whatever the backend: whether it can run them is the engine's
 * answer, asked when the repository is created (the driver suite's {@code RelationStartupCheckTest} runs that on
 * every backend, DynamoDB's refusals included).
 */
class RelationCriteriaTest {

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
        MethodContext context = new MethodContext(repository, method, query, schema.of(model), schema, db.capability());
        return FilterTemplate.of(context, MethodName.parse(context));
    }

    @Test
    void eachPathBecomesACriterionAcrossItsRelations() {
        assertThat(template(Articles.class, Article.class, "findByWriterEmail")).hasToString("FilterTemplate[[EQ(Article.writer.email, args [0])]]");
        assertThat(template(Articles.class, Article.class, "findByWriter_IdIn")).hasToString("FilterTemplate[[IN(Article.writer.id, args [0])]]");
        assertThat(template(Articles.class, Article.class, "findByTopicsName")).hasToString("FilterTemplate[[EQ(Article.topics.name, args [0])]]");
        assertThat(template(Articles.class, Article.class, "findByRemarksIsEmpty")).hasToString("FilterTemplate[[UNRELATED(Article.remarks, args [])]]");
        assertThat(template(Articles.class, Article.class, "findByWriterIsNotNull")).hasToString("FilterTemplate[[RELATED(Article.writer, args [])]]");
        assertThat(template(Remarks.class, Remark.class, "findByArticleWriterEmail"))
                .hasToString("FilterTemplate[[EQ(Remark.article.writer.email, args [0])]]");
    }

    @Test
    void eachParameterGetsAStandInOfItsFieldsType() {
        assertThat(template(Articles.class, Article.class, "findByWriterEmailStartingWith").samples()).containsExactly("");
        assertThat(template(Articles.class, Article.class, "findByWriter_IdIn").samples()).containsExactly(List.of(0L));
        assertThat(template(Articles.class, Article.class, "findByRemarksIsEmpty").samples()).isEmpty();
    }
}
