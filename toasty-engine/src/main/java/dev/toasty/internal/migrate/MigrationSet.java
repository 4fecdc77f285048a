package dev.toasty.internal.migrate;

import dev.toasty.migrate.Migration;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.Step;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The migrations of a location, in version order, and the schema each step of them starts from (replayed from
 * nothing). Immutable once loaded.
 */
public final class MigrationSet {

    /** Orders versions as numbers, part by part: {@code 2 < 10}, {@code 1.2 < 1.10}. */
    public static final Comparator<String> VERSIONS = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private final List<Migration> migrations;
    private final Map<String, List<SchemaState>> before = new HashMap<>();
    private final Map<String, List<Step>> resolved = new HashMap<>();
    private final Map<String, SchemaState> after = new HashMap<>();
    private final SchemaState last;

    public MigrationSet(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparing(Migration::version, VERSIONS));
        for (int i = 1; i < sorted.size(); i++) {
            if (VERSIONS.compare(sorted.get(i - 1).version(), sorted.get(i).version()) == 0) {
                throw new MigrationException("Two migrations have the version " + sorted.get(i).version() + ": "
                        + sorted.get(i - 1).source() + " and " + sorted.get(i).source() + "; give one of them a new version");
            }
        }
        this.migrations = List.copyOf(sorted);
        SchemaState state = new SchemaState();
        for (Migration m : this.migrations) {
            List<SchemaState> states = new ArrayList<>();
            List<Step> steps = new ArrayList<>();
            for (Step step : m.up()) {
                states.add(state.copy());
                try {
                    steps.add(state.apply(step));
                } catch (MigrationException e) {
                    throw new MigrationException(m.label() + " in " + m.source() + ": " + e.getMessage(), e);
                }
            }
            before.put(m.version(), states);
            resolved.put(m.version(), steps);
            after.put(m.version(), state.copy());
        }
        this.last = state;
    }

    public List<Migration> migrations() {
        return migrations;
    }

    public Migration find(String version) {
        return migrations.stream().filter(m -> VERSIONS.compare(m.version(), version) == 0).findFirst().orElse(null);
    }

    /** The schema all migrations lead to. */
    public SchemaState schema() {
        return last.copy();
    }

    /** The up steps of a migration with their columns resolved, and the schema before each. */
    public List<Step> resolvedUp(Migration m) {
        return resolved.get(m.version());
    }

    public List<SchemaState> statesBefore(Migration m) {
        return before.get(m.version());
    }

    /** The schema right after {@code m}, where its down steps start. */
    public SchemaState after(Migration m) {
        return after.get(m.version()).copy();
    }

    /** Reads {@code classpath:<dir>} (every jar and directory on the class path holding it) or {@code filesystem:<dir>}. */
    public static MigrationSet load(String location, ClassLoader loader) {
        List<Migration> out = new ArrayList<>();
        try {
            if (location.startsWith("filesystem:")) {
                readDirectory(Path.of(location.substring("filesystem:".length())), location, out);
            } else {
                String dir = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
                dir = dir.startsWith("/") ? dir.substring(1) : dir;
                dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
                Enumeration<URL> roots = loader.getResources(dir);
                while (roots.hasMoreElements()) {
                    URL url = roots.nextElement();
                    if (url.getProtocol().equals("file")) {
                        readDirectory(Path.of(url.toURI()), "classpath:" + dir, out);
                    } else if (url.getProtocol().equals("jar")) {
                        readJar(url, dir, out);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new MigrationException("Cannot read the migrations at " + location + ": " + e.getMessage(), e);
        }
        return new MigrationSet(out);
    }

    private static void readDirectory(Path dir, String location, List<Migration> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    out.add(MigrationFiles.read(name, location + "/" + name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
    }

    private static void readJar(URL url, String dir, List<Migration> out) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(dir + "/") && name.endsWith(".json") && name.indexOf('/', dir.length() + 1) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String file = name.substring(dir.length() + 1);
                        out.add(MigrationFiles.read(file, "classpath:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
    }
}
