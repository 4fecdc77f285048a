package dev.toasty.suite.migrate;

/**
 * The models of an application at two points in its life, over the same tables: version 1 has authors and books;
 * version 2 gives authors a biography and an indexed rating, and adds reviews of books.
 */
final class Versions {

    static final Class<?>[] V1 = {dev.toasty.suite.migrate.v1.Author.class, dev.toasty.suite.migrate.v1.Book.class};
    static final Class<?>[] V2 = {dev.toasty.suite.migrate.v2.Author.class, dev.toasty.suite.migrate.v2.Book.class,
            dev.toasty.suite.migrate.v2.Review.class};
    /** Version 1 with the authors' email renamed to contact. */
    static final Class<?>[] V3 = {dev.toasty.suite.migrate.v3.Author.class, dev.toasty.suite.migrate.v3.Book.class};

    /** Version 2 with destructive changes: the biography required, the rating a Long, the reviews table dropped. */
    static final Class<?>[] V4 = {dev.toasty.suite.migrate.v4.Author.class, dev.toasty.suite.migrate.v4.Book.class};

    private Versions() {
    }
}
