/**
 * Migrations: ordered, versioned changes of the schema, generated from the models, kept as files in the
 * application's resources (default {@code classpath:db/toasty}) and applied by {@link dev.toasty.Migrator}. One
 * set serves every backend: its {@link Step}s are neutral and rendered per backend when they run.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed.
 */
package dev.toasty.migrate;
