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
 *                     start when the database does not match the models), {@code migrate} (apply the pending
 *                     migrations of {@code toasty.migrations.location}, then check the result), {@code create}
 *                     (create missing tables and indexes) or {@code create-drop} (create, and drop everything at shutdown)
 * @param maxPoolSize  the size of the pool Toasty opens for a SQL {@code url}; 0 (default) picks the backend's
 *                     default (4 for a SQLite file, 10 otherwise)
 * @param logQueries   whether to log each statement (its text, the time taken and the rows; never the values)
 *                     at INFO on the {@code dev.toasty.sql} logger
 * @param planCacheSize how many statement shapes the plan cache holds
 * @param dynamodb     DynamoDB settings, used when {@code url} starts with {@code dynamodb:}
 * @param migrations   how {@code toasty.schema=migrate} finds and applies migrations
 */
@ConfigurationProperties("toasty")
public record ToastyProperties(String url,
                               @DefaultValue("none") SchemaAction schema,
                               @DefaultValue("0") int maxPoolSize,
                               @DefaultValue("false") boolean logQueries,
                               @DefaultValue("2048") int planCacheSize,
                               @DefaultValue Dynamodb dynamodb,
                               @DefaultValue Migrations migrations) {

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

    /**
     * How {@code toasty.schema=migrate} finds and applies migrations.
     *
     * @param location          where the migration files are: {@code classpath:db/toasty} (default) or {@code filesystem:<dir>}
     * @param outOfOrder        whether a pending migration older than the latest applied one may run (branches merged)
     * @param validateOnMigrate whether the applied migrations are checked against their files first (checksums, missing files)
     * @param baselineOnMigrate whether a database with tables but no history is baselined at {@code baselineVersion}
     *                          instead of failing the start
     * @param baselineVersion   the version a baseline records: migrations up to it are taken as applied
     * @param checkDrift        whether the start fails when the models differ from what the migrations make (a
     *                          migration not generated yet)
     * @param validateSchema    whether the database is compared with the models after migrating, failing the start
     *                          with the differences
     */
    public record Migrations(@DefaultValue("classpath:db/toasty") String location,
                             @DefaultValue("false") boolean outOfOrder,
                             @DefaultValue("true") boolean validateOnMigrate,
                             @DefaultValue("false") boolean baselineOnMigrate,
                             @DefaultValue("1") String baselineVersion,
                             @DefaultValue("true") boolean checkDrift,
                             @DefaultValue("true") boolean validateSchema) {

        /** These properties as the engine's settings. */
        public dev.toasty.migrate.MigrationSettings settings() {
            return dev.toasty.migrate.MigrationSettings.defaults().withLocation(location).withOutOfOrder(outOfOrder)
                    .withValidateOnMigrate(validateOnMigrate).withBaselineOnMigrate(baselineOnMigrate)
                    .withBaselineVersion(baselineVersion);
        }
    }

    /** What {@code toasty.schema} does at startup. */
    public enum SchemaAction {
        /** Leave the schema alone. */
        NONE,
        /** Compare the database with the models; fail the start with the differences. */
        VALIDATE,
        /** Apply the pending migrations ({@code toasty.migrations.*}), then check that the database matches the models. */
        MIGRATE,
        /** Create the tables and indexes that are missing. */
        CREATE,
        /** Create what is missing at startup, drop every model's table at shutdown (tests, demos). */
        CREATE_DROP
    }
}
