package dev.toasty.internal.sql;

import dev.toasty.ConnectionException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A parsed Toasty connection URL: {@code sqlite::memory:}, {@code sqlite:./data/app.db},
 * {@code postgresql://user:secret@host:5432/db}, {@code mysql://user:secret@host:3306/db} (or {@code mariadb://}),
 * or a plain {@code jdbc:} URL of a supported database. MySQL and MariaDB both go through MariaDB Connector/J.
 *
 * @param backend  {@code sqlite}, {@code postgresql} or {@code mysql}
 * @param jdbcUrl  the JDBC URL handed to the driver
 * @param memory   an in-memory SQLite database, which lives as long as its single connection
 * @param properties driver properties (user, password) taken out of the URL
 */
public record ConnectionUrl(String backend, String jdbcUrl, boolean memory, Properties properties) {

    public static ConnectionUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ConnectionException("No database URL: set one such as sqlite:./data/app.db, sqlite::memory: "
                    + "postgresql://localhost:5432/mydb or mysql://localhost:3306/mydb", null);
        }
        String u = url.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            u = u.substring(5);
            lower = lower.substring(5);
        }
        if (lower.startsWith("sqlite:")) {
            String path = u.substring("sqlite:".length());
            boolean memory = path.equals(":memory:");
            if (path.isEmpty()) {
                throw new ConnectionException("The SQLite URL 'sqlite:' names no file: use sqlite:./data/app.db, or sqlite::memory: "
                        + "for an in-memory database", null);
            }
            if (!memory) {
                createParentDirectory(path);
            }
            String jdbc = memory ? "jdbc:sqlite:file:toasty-" + UUID.randomUUID() + "?mode=memory&cache=shared" : "jdbc:sqlite:" + path;
            return new ConnectionUrl("sqlite", jdbc, memory, new Properties());
        }
        if (lower.startsWith("postgresql:") || lower.startsWith("postgres:")) {
            return postgres(u.substring(u.indexOf(':') + 1));
        }
        if (lower.startsWith("mysql:") || lower.startsWith("mariadb:")) {
            return withCredentials("mysql", "jdbc:mariadb:", u.substring(u.indexOf(':') + 1));
        }
        throw new ConnectionException("Unsupported database URL scheme in '" + redact(url) + "': use sqlite:<file>, "
                + "sqlite::memory:, postgresql://host:port/database or mysql://host:port/database", null);
    }

    /** SQLite creates the file but not its folder; a new user's {@code sqlite:./data/app.db} should just work. */
    private static void createParentDirectory(String path) {
        String file = path.startsWith("file:") ? path.substring(5) : path;
        int query = file.indexOf('?');
        java.nio.file.Path parent = java.nio.file.Path.of(query < 0 ? file : file.substring(0, query)).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new ConnectionException("Could not create the folder " + parent + " for the SQLite database: " + e.getMessage(), e);
        }
    }

    private static ConnectionUrl postgres(String rest) {
        return withCredentials("postgresql", "jdbc:postgresql:", rest);
    }

    /** Moves {@code user:password@} out of a {@code //host} URL into driver properties. */
    private static ConnectionUrl withCredentials(String backend, String jdbcPrefix, String rest) {
        Properties properties = new Properties();
        String target = rest;
        if (rest.startsWith("//")) {
            URI uri;
            try {
                uri = URI.create("toasty:" + rest);
            } catch (IllegalArgumentException e) {
                throw new ConnectionException("Malformed " + backend + " URL: " + e.getMessage(), e);
            }
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    properties.setProperty("password", decode(userInfo.substring(colon + 1)));
                }
                target = rest.replace(userInfo + "@", "");
            }
        }
        return new ConnectionUrl(backend, jdbcPrefix + target, false, properties);
    }

    /** Whether the URL's query string sets the named driver property (compared without case). */
    public boolean sets(String property) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String pair : jdbcUrl.substring(query + 1).split("[&;]")) {
            int eq = pair.indexOf('=');
            if ((eq < 0 ? pair : pair.substring(0, eq)).equalsIgnoreCase(property)) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with any password removed, for messages. */
    public static String redact(String url) {
        return url == null ? "" : url.replaceAll("(//[^:/@]+):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
