package dev.toasty.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code toasty.*} properties: where the database is, what to do with the schema at startup,
 * and DynamoDB settings. Bound once at startup; validated where they are read.
 *
 * @param url          the database URL: {@code sqlite:./data/app.db}, {@code postgresql://localhost:5432/app},
 *                     {@code mysql://localhost:3306/app} or {@code dynamodb://localhost:8000}. A SQL URL makes
 *                     Toasty open a HikariCP pool and register it as the application's DataSource; leave it
 *                     unset to use Spring Boot's own DataSource ({@code spring.datasource.*}).
 * @param schema       what to do with the schema at startup: {@code none} (default), {@code validate} (fail the
 *                     start when the database does not match the models), {@code create} (create missing tables
 *                     and indexes) or {@code create-drop} (create, and drop everything at shutdown)
 * @param maxPoolSize  the size of the pool Toasty opens for a SQL {@code url}; 0 (default) picks the backend's
 *                     default (4 for a SQLite file, 10 otherwise)
 * @param logQueries   whether to log each statement (its text, the time taken and the rows; never the values)
 *                     at INFO on the {@code dev.toasty.sql} logger
 * @param planCacheSize how many statement shapes the plan cache holds
 * @param dynamodb     DynamoDB settings, used when {@code url} starts with {@code dynamodb:}
 */
@ConfigurationProperties("toasty")
public record ToastyProperties(String url,
                               @DefaultValue("none") SchemaAction schema,
                               @DefaultValue("0") int maxPoolSize,
                               @DefaultValue("false") boolean logQueries,
                               @DefaultValue("2048") int planCacheSize,
                               @DefaultValue Dynamodb dynamodb) {

    public ToastyProperties {
        if (maxPoolSize < 0) {
            throw new IllegalArgumentException("toasty.max-pool-size: must be 0 (the backend's default) or more, was " + maxPoolSize);
        }
        if (planCacheSize < 1) {
            throw new IllegalArgumentException("toasty.plan-cache-size: must be at least 1, was " + planCacheSize);
        }
    }

    /** Whether {@code url} names DynamoDB. */
    public boolean dynamoDbUrl() {
        return url != null && url.startsWith("dynamodb:");
    }

    /**
     * DynamoDB settings.
     *
     * @param endpoint    the endpoint, e.g. {@code http://localhost:8000} for DynamoDB Local; default the SDK's
     * @param region      the AWS region; default the SDK's default region chain
     * @param tablePrefix a prefix for every table name, to keep several environments in one account
     * @param allowScans  whether queries no key or index can answer may read the whole table (off by default:
     *                    such a query is refused, naming the field to index)
     */
    public record Dynamodb(String endpoint, String region, @DefaultValue("") String tablePrefix,
                           @DefaultValue("false") boolean allowScans) {
    }

    /** What {@code toasty.schema} does at startup. */
    public enum SchemaAction {
        /** Leave the schema alone. */
        NONE,
        /** Compare the database with the models; fail the start with the differences. */
        VALIDATE,
        /** Create the tables and indexes that are missing. */
        CREATE,
        /** Create what is missing at startup, drop every model's table at shutdown (tests, demos). */
        CREATE_DROP
    }
}
