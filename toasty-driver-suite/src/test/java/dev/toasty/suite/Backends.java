package dev.toasty.suite;

import java.util.List;

/**
 * The backends of this run, resolved once per JVM. SQLite is embedded; PostgreSQL comes from
 * {@code TOASTY_TEST_POSTGRES_URL}, else a local server on 127.0.0.1:5432, else Testcontainers when
 * Docker runs, else embedded binaries from Maven Central (see {@link PostgresSource}). DynamoDB is
 * DynamoDB Local in-process unless {@code TOASTY_TEST_DYNAMODB_ENDPOINT} names another endpoint.
 */
public final class Backends {

    private static List<Backend> all;

    private Backends() {
    }

    public static synchronized List<Backend> all() {
        if (all == null) {
            Backend sqlite = new Backend("sqlite", "sqlite::memory:", null, true);
            PostgresSource.Result pg = PostgresSource.resolve();
            PostgresSource.Result dynamo = DynamoSource.resolve();
            all = List.of(sqlite, new Backend("postgresql", pg.url(), pg.unavailable(), pg.required()),
                    new Backend("dynamodb", dynamo.url(), dynamo.unavailable(), dynamo.required()));
        }
        return all;
    }
}
