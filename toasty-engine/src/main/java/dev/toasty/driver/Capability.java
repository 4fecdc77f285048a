package dev.toasty.driver;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a backend can do: named {@link Feature}s and numeric {@link Limits}. The engine's verify pass reads
 * it before planning and refuses a statement that needs a missing feature with an
 * {@code UnsupportedFeatureException}; orchestration (includes, delete rules, relation filters) asks it which
 * strategy to take; the driver suite reads it to decide which tests a backend runs and which refusals it checks.
 * Immutable.
 *
 * @param backend  the backend's name in messages and test output ({@code sqlite}, {@code postgresql},
 *                 {@code mysql}, {@code dynamodb})
 * @param features what the backend can do
 * @param limits   how much one statement may carry
 */
public record Capability(String backend, Set<Feature> features, Limits limits) {

    /** Everything a SQL backend of this project has; each dialect takes away what it lacks. */
    private static final Set<Feature> SQL = EnumSet.complementOf(EnumSet.of(Feature.NAN_VALUES));

    /**
     * SQLite 3.37 or newer (STRICT tables), as bundled by sqlite-jdbc: decimals are text, so they do not sort, and a
     * write transaction locks the whole database, so there are no row locks.
     */
    public static final Capability SQLITE = new Capability("sqlite", SQL, new Limits(32766))
            .without(Feature.DECIMAL_ORDERING, Feature.ROW_LOCKS, Feature.SHARED_LOCKS, Feature.SKIP_LOCKED, Feature.NOWAIT);

    /** PostgreSQL 12 or newer. */
    public static final Capability POSTGRESQL = new Capability("postgresql", SQL, new Limits(65535)).with(Feature.NAN_VALUES);

    /**
     * MySQL 8.0.17 or newer: no {@code INSERT ... RETURNING} (keys come from the driver). Nulls are placed by
     * sorting on {@code IS NULL} first, which the renderer does.
     */
    public static final Capability MYSQL = new Capability("mysql", SQL, new Limits(65535))
            .without(Feature.RETURNING_CLAUSE, Feature.TRANSACTIONAL_DDL);

    /**
     * MariaDB 10.5 or newer, which has {@code INSERT ... RETURNING}; reported under the backend name {@code mysql}.
     * {@code SKIP LOCKED} needs 10.6.
     */
    public static final Capability MARIADB = new Capability("mysql", SQL, new Limits(65535)).without(Feature.TRANSACTIONAL_DDL);

    public Capability {
        if (backend == null || backend.isBlank()) {
            throw new IllegalArgumentException("backend: must name the backend");
        }
        features = Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
        if (limits == null) {
            throw new IllegalArgumentException("limits: must not be null");
        }
    }

    /** A backend with exactly these features. */
    public static Capability of(String backend, Limits limits, Feature... features) {
        EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
        Collections.addAll(set, features);
        return new Capability(backend, set, limits);
    }

    /** Whether the backend has this feature. */
    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** The most values one statement may carry. */
    public int maxBindParameters() {
        return limits.maxBindParameters();
    }

    /** This capability with these features added. */
    public Capability with(Feature... added) {
        EnumSet<Feature> set = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        Collections.addAll(set, added);
        return new Capability(backend, set, limits);
    }

    /** This capability without these features. */
    public Capability without(Feature... removed) {
        EnumSet<Feature> set = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        for (Feature f : removed) {
            set.remove(f);
        }
        return new Capability(backend, set, limits);
    }

    /** This capability with other limits. */
    public Capability withLimits(Limits other) {
        return new Capability(backend, features, other);
    }
}
