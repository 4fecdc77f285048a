package dev.toasty;

import dev.toasty.driver.ConnectionProvider;
import dev.toasty.event.StatementListener;
import dev.toasty.event.StatementObserver;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.dynamo.DynamoDriver;
import dev.toasty.internal.engine.Driver;
import dev.toasty.internal.sql.SqlDriver;
import dev.toasty.internal.sql.JdbcAccess;
import dev.toasty.internal.mapping.SchemaBuilder;
import dev.toasty.schema.Schema;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Configures and builds a {@link Toasty}. Each setter checks its argument at once and names it in the
 * error; {@link #build()} verifies the models (failing with a {@link SchemaException} that names the
 * class and field) before it opens any connection.
 */
public final class ToastyBuilder {

    private final List<Class<?>> models = new ArrayList<>();
    private final List<StatementListener> listeners = new ArrayList<>();
    private StatementObserver observer;
    private String url;
    private DataSource dataSource;
    private ConnectionProvider connections;
    private int maxPoolSize;
    private int planCacheSize = 2048;
    private boolean exposeValuesInErrors;
    private Object dynamoDbClient;
    private String tablePrefix;
    private boolean allowScans;
    private boolean validation = true;
    private Class<?>[] validationGroups = new Class<?>[0];
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private java.util.function.Supplier<?> auditor = () -> null;

    ToastyBuilder() {
    }

    /** The model classes, each annotated {@code @Model}. */
    public ToastyBuilder models(Class<?>... types) {
        for (Class<?> type : types) {
            models.add(Objects.requireNonNull(type, "models: a model class is null"));
        }
        return this;
    }

    /** The model classes, each annotated {@code @Model}. */
    public ToastyBuilder models(List<Class<?>> types) {
        return models(types.toArray(Class<?>[]::new));
    }

    /**
     * The database: {@code sqlite::memory:}, {@code sqlite:./data/app.db}, {@code postgresql://host:5432/db},
     * {@code mysql://host:3306/db}, {@code dynamodb:} (the AWS SDK's default region and endpoint) or
     * {@code dynamodb://localhost:8000?region=us-east-1} (DynamoDB Local).
     */
    public ToastyBuilder url(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: must not be empty");
        }
        this.url = url;
        return this;
    }

    /** A data source managed by the caller (a Spring Boot one, say) instead of a URL. */
    public ToastyBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /**
     * Uses a DataSource the application owns, taking each connection from {@code provider}: the Spring
     * integration passes one that hands out the running Spring transaction's connection, so
     * {@code @Transactional} code and Toasty share it. Toasty does not close the DataSource.
     */
    public ToastyBuilder dataSource(DataSource dataSource, ConnectionProvider provider) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.connections = Objects.requireNonNull(provider, "provider");
        return this;
    }

    /** A DynamoDB client managed by the caller (and closed by it), instead of a URL. */
    public ToastyBuilder dynamoDb(software.amazon.awssdk.services.dynamodb.DynamoDbClient client) {
        this.dynamoDbClient = Objects.requireNonNull(client, "dynamoDb");
        return this;
    }

    /** DynamoDB: a prefix for every table name, to keep several environments in one account (also the URL's tablePrefix). */
    public ToastyBuilder tablePrefix(String prefix) {
        if (prefix == null || !prefix.matches("[A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("tablePrefix: letters, digits, '_', '-' and '.' only, was " + prefix);
        }
        this.tablePrefix = prefix;
        return this;
    }

    /**
     * DynamoDB: lets every query read the whole table when no key or index answers its filter, as if each
     * called {@code allowScan()}. Off by default, so that a missing index fails loudly instead of scanning
     * in production; meant for tests, scripts and small tables.
     */
    public ToastyBuilder allowScans(boolean allow) {
        this.allowScans = allow;
        return this;
    }

    /** Receives every executed statement. */
    public ToastyBuilder listener(StatementListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Wraps every operation in {@code observer} (for tracing and timing); at most one, the last set wins.
     * Unlike a {@link StatementListener}, it is called before the operation starts as well as after.
     */
    public ToastyBuilder observer(StatementObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
        return this;
    }

    /** The most connections of the pool Toasty opens for a URL (default 10 for PostgreSQL, 4 for a SQLite file). */
    public ToastyBuilder maxPoolSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("maxPoolSize: must be at least 1, was " + size);
        }
        this.maxPoolSize = size;
        return this;
    }

    /** How many statement shapes keep their plan (default 2048). */
    public ToastyBuilder planCacheSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("planCacheSize: must be at least 1, was " + size);
        }
        this.planCacheSize = size;
        return this;
    }

    /**
     * Lets error messages include the database's own detail, which may quote stored values (off by
     * default, so that logs of failures do not leak data).
     */
    public ToastyBuilder exposeValuesInErrors(boolean expose) {
        this.exposeValuesInErrors = expose;
        return this;
    }

    /**
     * Jakarta Bean Validation of every record before it is inserted or updated (on by default, when a provider such as
     * Hibernate Validator is on the class path; without one nothing is checked). A violation throws
     * {@code ValidationException} listing every violated field of every record of the call, and nothing is written.
     */
    public ToastyBuilder validation(boolean enabled) {
        this.validation = enabled;
        return this;
    }

    /** The validation groups checked (default: Jakarta's {@code Default} group). */
    public ToastyBuilder validationGroups(Class<?>... groups) {
        this.validationGroups = groups.clone();
        return this;
    }

    /** The clock of the audit stamps ({@code @CreatedDate}, {@code @LastModifiedDate}); default UTC system time. */
    public ToastyBuilder clock(java.time.Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Who is writing, for {@code @CreatedBy} and {@code @LastModifiedBy} fields: asked at each insert and update; a
     * null answer leaves the field as the record holds it. In Spring, the starter uses the {@code AuditorAware} bean.
     */
    public ToastyBuilder auditor(java.util.function.Supplier<?> auditor) {
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        return this;
    }

    public Toasty build() {
        if (models.isEmpty()) {
            throw new IllegalStateException("models: list at least one @Model class");
        }
        int sources = (url == null ? 0 : 1) + (dataSource == null ? 0 : 1) + (dynamoDbClient == null ? 0 : 1);
        if (sources != 1) {
            throw new IllegalStateException(sources == 0 ? "url: set a database URL (or a dataSource, or a dynamoDb client)"
                    : "url, dataSource and dynamoDb: set only one of them");
        }
        Schema schema = SchemaBuilder.build(List.copyOf(models));
        var writes = new dev.toasty.internal.engine.WriteSettings(
                dev.toasty.internal.engine.BeanChecks.detect(validation, validationGroups), clock, auditor,
                dev.toasty.internal.engine.Stamps.of(schema));
        return new Toasty(new Engine(schema, driver(schema), listeners, observer, planCacheSize, writes));
    }

    private Driver driver(Schema schema) {
        if (dynamoDbClient != null || (url != null && DynamoDriver.handles(url))) {
            DynamoDriver dynamo = dynamoDbClient != null
                    ? DynamoDriver.of((software.amazon.awssdk.services.dynamodb.DynamoDbClient) dynamoDbClient, tablePrefix, allowScans)
                    : DynamoDriver.open(url, tablePrefix, allowScans);
            try {
                dynamo.checkSchema(schema);
            } catch (RuntimeException e) {
                dynamo.close();
                throw e;
            }
            return dynamo;
        }
        JdbcAccess driver = url != null ? JdbcAccess.open(url, maxPoolSize, exposeValuesInErrors) : JdbcAccess.of(dataSource, connections);
        try {
            driver.dialect().checkSchema(schema);
        } catch (SchemaException e) {
            driver.close();
            throw e;
        }
        return new SqlDriver(driver);
    }

    @Override
    public String toString() {
        return "ToastyBuilder[models=" + Arrays.toString(models.stream().map(Class::getSimpleName).toArray()) + "]";
    }
}
