package dev.toasty.migrate;

/**
 * How a {@link dev.toasty.Migrator} finds and applies migrations. Immutable; change it with the {@code with...}
 * methods, starting from {@link #defaults()}.
 *
 * @param location          where the set is: {@code classpath:db/toasty} (default) or {@code filesystem:src/main/resources/db/toasty}
 * @param outOfOrder        whether a pending migration older than the latest applied one may run (two branches merged);
 *                          off by default, when it is refused naming both versions
 * @param validateOnMigrate whether {@code migrate()} first checks the applied migrations against their files (on by default)
 * @param baselineOnMigrate whether {@code migrate()} on a database that has tables but no history records a baseline at
 *                          {@code baselineVersion} instead of failing (off by default)
 * @param baselineVersion   the version a baseline records (default {@code 1}): migrations up to it are taken as applied
 */
public record MigrationSettings(String location, boolean outOfOrder, boolean validateOnMigrate, boolean baselineOnMigrate,
                                String baselineVersion) {

    public static final String DEFAULT_LOCATION = "classpath:db/toasty";

    public MigrationSettings {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("the migrations' location is empty: use classpath:db/toasty or filesystem:<dir>");
        }
        if (baselineVersion == null || !baselineVersion.matches("[0-9]+(\\.[0-9]+)*")) {
            throw new IllegalArgumentException("the baseline version must be digits (1, 20261207131500), not " + baselineVersion);
        }
    }

    public static MigrationSettings defaults() {
        return new MigrationSettings(DEFAULT_LOCATION, false, true, false, "1");
    }

    public MigrationSettings withLocation(String value) {
        return new MigrationSettings(value, outOfOrder, validateOnMigrate, baselineOnMigrate, baselineVersion);
    }

    public MigrationSettings withOutOfOrder(boolean value) {
        return new MigrationSettings(location, value, validateOnMigrate, baselineOnMigrate, baselineVersion);
    }

    public MigrationSettings withValidateOnMigrate(boolean value) {
        return new MigrationSettings(location, outOfOrder, value, baselineOnMigrate, baselineVersion);
    }

    public MigrationSettings withBaselineOnMigrate(boolean value) {
        return new MigrationSettings(location, outOfOrder, validateOnMigrate, value, baselineVersion);
    }

    public MigrationSettings withBaselineVersion(String value) {
        return new MigrationSettings(location, outOfOrder, validateOnMigrate, baselineOnMigrate, value);
    }
}
