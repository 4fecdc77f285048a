package dev.toasty.cli;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.MigrationSettings;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One command's Toasty instance over the application's models, and its migrator. The application's loader is the
 * thread's context loader while the session is open, so that {@code classpath:} migrations are read from it. Closing
 * it closes Toasty and the loader.
 */
final class Session implements AutoCloseable {

    private final URLClassLoader loader;
    private final ClassLoader previous;
    private final Toasty toasty;
    private final Migrator migrator;

    private Session(URLClassLoader loader, ClassLoader previous, Toasty toasty, Migrator migrator) {
        this.loader = loader;
        this.previous = previous;
        this.toasty = toasty;
        this.migrator = migrator;
    }

    /**
     * Loads the models and builds Toasty on the URL. {@code settings} adjusts the migration settings (a baseline
     * version); {@code needsDatabase} false lets the command run on a scratch in-memory database when no URL is given.
     */
    static Session open(CommonOptions options, boolean needsDatabase, UnaryOperator<MigrationSettings> settings) {
        String url = options.url(needsDatabase);
        AppClassPath classPath = AppClassPath.parse(options.classpath);
        URLClassLoader loader = classPath.loader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Toasty toasty = null;
        try {
            List<Class<?>> models = ModelFinder.find(loader, classPath, options.models);
            thread.setContextClassLoader(loader);
            toasty = Toasty.builder().url(url).models(models).build();
            Migrator migrator = toasty.migrator(settings.apply(MigrationSettings.defaults().withLocation(options.location())));
            return new Session(loader, previous, toasty, migrator);
        } catch (RuntimeException | Error e) {
            if (toasty != null) {
                toasty.close();
            }
            thread.setContextClassLoader(previous);
            closeQuietly(loader, e);
            throw e;
        }
    }

    Migrator migrator() {
        return migrator;
    }

    @Override
    public void close() {
        try {
            toasty.close();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            try {
                loader.close();
            } catch (IOException e) {
                throw new CliException("Cannot close the application's class path: " + e.getMessage(), e);
            }
        }
    }

    private static void closeQuietly(URLClassLoader loader, Throwable failure) {
        try {
            loader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
