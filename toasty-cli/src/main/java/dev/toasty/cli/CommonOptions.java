package dev.toasty.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/** The options every migration command takes: where the database, the migrations and the application's models are. */
final class CommonOptions {

    static final String DEFAULT_DIR = "src/main/resources/db/toasty";
    static final String DEFAULT_CLASSPATH = "target/classes";
    /** The database that {@code check} and {@code generate} build Toasty on when no URL is given; they read no data. */
    static final String SCRATCH_URL = "sqlite::memory:";

    @Option(names = "--url", defaultValue = "${env:TOASTY_URL}", paramLabel = "<url>",
            description = "The database: sqlite:./data/app.db, postgresql://host:5432/db?user=u, mysql://host:3306/db?user=u, "
                    + "dynamodb://host:port?region=r. Default: the TOASTY_URL environment variable.")
    String url;

    @Option(names = "--dir", defaultValue = DEFAULT_DIR, paramLabel = "<dir>",
            description = "The migrations directory (default: ${DEFAULT-VALUE}); classpath:<path> reads them from --classpath.")
    String dir;

    @Option(names = {"--classpath", "-cp"}, defaultValue = DEFAULT_CLASSPATH, paramLabel = "<path>",
            description = "The application's compiled classes and jars, separated by the platform's path separator; "
                    + "dir/* means every jar in dir (default: ${DEFAULT-VALUE}).")
    String classpath;

    @Option(names = "--models", split = ",", paramLabel = "<name>",
            description = "Model classes, or packages whose indexed models to take, comma-separated. Default: every model "
                    + "in the META-INF/toasty/models indexes of the class path.")
    List<String> models = List.of();

    @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** The URL to build Toasty with; a command that reads no database may go without one. */
    String url(boolean needsDatabase) {
        if (url != null && !url.isBlank()) {
            return url.trim();
        }
        if (!needsDatabase) {
            return SCRATCH_URL;
        }
        throw new CliException("No database URL: pass --url (sqlite:./data/app.db, postgresql://localhost:5432/app?user=app) "
                + "or set TOASTY_URL");
    }

    /** The migrations' location as the engine names it: {@code filesystem:<dir>}, or {@code classpath:} as given. */
    String location() {
        return dir.startsWith("classpath:") || dir.startsWith("filesystem:") ? dir : "filesystem:" + dir;
    }

    /** The directory new migrations are written to; null when the migrations come from the class path. */
    Path directory() {
        String location = location();
        return location.startsWith("filesystem:") ? Path.of(location.substring("filesystem:".length())) : null;
    }
}
