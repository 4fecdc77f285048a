package dev.toasty.suite;

import java.util.List;

/**
 * The backends of this run, resolved once per JVM. SQLite is embedded; PostgreSQL comes from
 * {@code TOASTY_TEST_POSTGRES_URL}, else a local server on 127.0.0.1:5432, else Testcontainers when
 * Docker runs, else embedded binaries from Maven Central (see {@link PostgresSource}). MySQL/MariaDB comes from
 * {@code TOASTY_TEST_MYSQL_URL}, else a local server on 127.0.0.1:3306, else MySQL 8 through Testcontainers
 * (see {@link MysqlSource}); the backend is named {@code mysql} whichever of the two servers answers. DynamoDB is
 * DynamoDB Local in-process unless {@code TOASTY_TEST_DYNAMODB_ENDPOINT} names another endpoint.
 */
public final class Backends {

    private static List<Backend> all;

    private Backends() {
    }

    public static synchronized List<Backend> all() {
        if (all == null) {
            Backend sqlite = new Backend("sqlite", "sqlite::memory:", null, true);
            Source pg = PostgresSource.resolve();
            Source mysql = MysqlSource.resolve();
            Source dynamo = DynamoSource.resolve();
            all = List.of(sqlite, new Backend("postgresql", pg.url(), pg.unavailable(), pg.required()),
                    new Backend("mysql", mysql.url(), mysql.unavailable(), mysql.required()),
                    new Backend("dynamodb", dynamo.url(), dynamo.unavailable(), dynamo.required()));
        }
        return all;
    }
}
