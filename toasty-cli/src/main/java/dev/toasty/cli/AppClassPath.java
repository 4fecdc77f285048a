package dev.toasty.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application's class path from {@code --classpath}: its directories and jars, each checked to exist, with
 * {@code dir/*} standing for every jar in {@code dir} as for {@code java -cp}. Its loader delegates to the command
 * line's own first, so the models see the same Toasty annotations as the engine that reads them.
 */
final class AppClassPath {

    private final String text;
    private final List<Path> entries;

    private AppClassPath(String text, List<Path> entries) {
        this.text = text;
        this.entries = List.copyOf(entries);
    }

    static AppClassPath parse(String text) {
        List<Path> entries = new ArrayList<>();
        for (String part : text.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            if (part.endsWith("/*") || part.endsWith(File.separator + "*")) {
                entries.addAll(jars(Path.of(part.substring(0, part.length() - 2))));
            } else {
                Path entry = Path.of(part);
                if (!Files.exists(entry)) {
                    throw new CliException("The class path entry " + part + " does not exist: compile the application first "
                            + "(mvn compile), or point --classpath at its classes and jars");
                }
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            throw new CliException("--classpath is empty: give the application's classes, such as target/classes");
        }
        return new AppClassPath(text, entries);
    }

    /** The class path as given, for messages. */
    String text() {
        return text;
    }

    /** A new loader over the entries; the caller closes it. */
    URLClassLoader loader() {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new CliException("The class path entry " + entries.get(i) + " is not a valid path: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader("toasty-application", urls, AppClassPath.class.getClassLoader());
    }

    private static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CliException("The class path entry " + dir + "/* names no directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new CliException("Cannot list the jars in " + dir + ": " + e.getMessage(), e);
        }
    }
}
