package dev.toasty.suite;

import dev.toasty.QueryException;
import dev.toasty.SchemaMismatchException;
import dev.toasty.Toasty;
import dev.toasty.ToastyBuilder;
import dev.toasty.annotation.Table;
import dev.toasty.internal.sql.JdbcAccess;
import dev.toasty.schema.SchemaDifference;
import dev.toasty.schema.SchemaDifference.Kind;
import dev.toasty.suite.models.Models;
import dev.toasty.suite.standalone.Tiles.AutoCounter;
import dev.toasty.suite.standalone.Tiles.Brush;
import dev.toasty.suite.standalone.Tiles.ColorKeyedTile;
import dev.toasty.suite.standalone.Tiles.Counter;
import dev.toasty.suite.standalone.Tiles.FinishedTile;
import dev.toasty.suite.standalone.Tiles.IndexedTile;
import dev.toasty.suite.standalone.Tiles.LabeledTile;
import dev.toasty.suite.standalone.Tiles.NumberKeyedTile;
import dev.toasty.suite.standalone.Tiles.NumberedTile;
import dev.toasty.suite.standalone.Tiles.RenamedIndexTile;
import dev.toasty.suite.standalone.Tiles.RequiredTile;
import dev.toasty.suite.standalone.Tiles.SizedTile;
import dev.toasty.suite.standalone.Tiles.Tile;
import dev.toasty.suite.standalone.Tiles.UniqueTile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code schemaDifferences()} and {@code validateSchema()}: a table made by an earlier version of a model (see
 * {@link dev.toasty.suite.standalone.Tiles}) is checked against a later one. Column checks do not apply to DynamoDB,
 * whose items have no schema beyond their keys; each test drops the tables it made.
 */
class SchemaValidationTest {

    private static final String PREFIX = "sv_";

    @TempDir
    Path dir;

    private final List<Toasty> opened = new ArrayList<>();

    @AfterEach
    void dropTables() {
        for (Toasty db : opened) {
            try (db) {
                db.dropSchema();
            }
        }
    }

    @DriverTest
    void theSuiteSchemaMatchesAfterPushSchema(Toasty db, Backend backend, Recorder recorder) {
        assertThat(db.schemaDifferences()).isEmpty();
        db.validateSchema();
        if (backend.has("nativeSql")) {
            assertThat(recorder.count("CATALOG")).as("two catalog queries per check, whatever the number of columns").isEqualTo(4);
        } else {
            assertThat(recorder.count("DescribeTable")).as("one per model and one of toasty_meta").isEqualTo(2L * (Models.ALL.size() + 1));
        }
    }

    @DriverTest
    void tablesMadeFromTheSameModelsMatch(Backend backend) throws SQLException {
        Toasty db = open(backend, PREFIX, Tile.class, IndexedTile.class, UniqueTile.class, AutoCounter.class, Brush.class);
        db.dropSchema();
        db.pushSchema();
        assertThat(db.schemaDifferences()).isEmpty();
        assertThat(evolve(backend, SizedTile.class, Tile.class).schemaDifferences()).as("an extra nullable column").isEmpty();
    }

    @DriverTest
    @Requires("nativeSql")
    void anAddedFieldIsAMissingColumn(Backend backend) throws SQLException {
        Toasty db = evolve(backend, Tile.class, SizedTile.class);
        assertThat(db.schemaDifferences()).containsExactly(new SchemaDifference(Kind.MISSING_COLUMN, "sized_tiles", "size", null,
                "SizedTile", "size", "sized_tiles.size (SizedTile.size): column is missing"));
        db.pushSchema();
        assertThatThrownBy(db::validateSchema).isInstanceOf(SchemaMismatchException.class).hasMessage("""
                The database does not match the models (1 difference):
                  - sized_tiles.size (SizedTile.size): column is missing
                Migrate the database or change the models: pushSchema() does not alter existing tables.""");
    }

    @DriverTest
    @Requires("nativeSql")
    void readingAColumnTheTableLacksFailsInsteadOfReturningItsName(Backend backend) throws SQLException {
        Toasty db = evolve(backend, Tile.class, LabeledTile.class);
        try (JdbcAccess jdbc = JdbcAccess.open(url(backend), 1, false); Connection c = jdbc.open(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO labeled_tiles (code, color) VALUES ('a', 'red')");
        }

        assertThat(db.schemaDifferences()).extracting(SchemaDifference::column).containsExactly("label");
        assertThat(catchThrowable(() -> db.query(LabeledTile.class).allowScan().list())).isInstanceOf(QueryException.class);
    }

    @DriverTest
    @Requires("nativeSql")
    void aChangedTypeIsATypeMismatch(Backend backend) throws SQLException {
        String types = switch (backend.name()) {
            case "sqlite" -> "type is TEXT, the model needs INTEGER";
            case "postgresql" -> "type is text, the model needs integer";
            default -> "type is longtext, the model needs INT";
        };
        assertThat(evolve(backend, Tile.class, NumberedTile.class).schemaDifferences())
                .containsExactly(new SchemaDifference(Kind.TYPE_MISMATCH, "numbered_tiles", "color", null, "NumberedTile", "color",
                        "numbered_tiles.color (NumberedTile.color): " + types));
    }

    @DriverTest
    @Requires("nativeSql")
    void aFieldThatBecameRequiredNeedsNotNull(Backend backend) throws SQLException {
        assertThat(messages(evolve(backend, Tile.class, RequiredTile.class)))
                .containsExactly("required_tiles.color (RequiredTile.color): column allows null, the model needs NOT NULL");
    }

    @DriverTest
    @Requires("nativeSql")
    void aNotNullColumnOfAFieldThatIsNoLongerRequiredIsReported(Backend backend) throws SQLException {
        assertThat(messages(evolve(backend, RequiredTile.class, Tile.class)))
                .containsExactly("tiles.color (Tile.color): column is NOT NULL, the model allows null");
    }

    @DriverTest
    @Requires("nativeSql")
    void anUnmappedNotNullColumnWithoutDefaultIsReported(Backend backend) throws SQLException {
        List<SchemaDifference> differences = evolve(backend, FinishedTile.class, Tile.class).schemaDifferences();
        assertThat(differences).extracting(SchemaDifference::kind).containsExactly(Kind.UNMAPPED_REQUIRED_COLUMN);
        assertThat(differences).extracting(SchemaDifference::message)
                .containsExactly("tiles.finish: column is NOT NULL without a default and no field of Tile maps it, so inserts would fail");
    }

    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void itemsHaveNoColumnsToCompare(Backend backend) throws SQLException {
        // DynamoDB stores any attributes in an item: added, retyped or dropped fields change no table
        assertThat(evolve(backend, Tile.class, SizedTile.class).schemaDifferences()).isEmpty();
        assertThat(evolve(backend, Tile.class, NumberedTile.class).schemaDifferences()).isEmpty();
        assertThat(evolve(backend, Tile.class, RequiredTile.class).schemaDifferences()).isEmpty();
        assertThat(evolve(backend, FinishedTile.class, Tile.class).schemaDifferences()).isEmpty();
    }

    @DriverTest
    void aNewIndexIsMissingAndPushSchemaCreatesIt(Backend backend) throws SQLException {
        Toasty db = evolve(backend, Tile.class, IndexedTile.class);
        String table = table(backend, "indexed_tiles");
        String missing = table + ": index \"ix_indexed_tiles_color\" (on color) is missing";
        if (backend.name().equals("mysql")) {
            // an indexed string is a VARCHAR(255) on MySQL, which cannot index a LONGTEXT column whole: MySQL refuses
            // the index, MariaDB indexes a prefix, which serves no unique index and so does not count
            List<String> expected = List.of(
                    "indexed_tiles.color (IndexedTile.color): type is longtext, the model needs VARCHAR(255)", missing);
            assertThat(messages(db)).isEqualTo(expected);
            assertThat(catchThrowable(db::pushSchema)).satisfiesAnyOf(e -> assertThat(e).isNull(),
                    e -> assertThat(e).isInstanceOf(QueryException.class));
            assertThat(messages(db)).isEqualTo(expected);
            return;
        }
        assertThat(db.schemaDifferences()).containsExactly(new SchemaDifference(Kind.MISSING_INDEX, table, null,
                "ix_indexed_tiles_color", "IndexedTile", null, missing));
        db.pushSchema();
        assertThat(db.schemaDifferences()).isEmpty();
    }

    @DriverTest
    void anIndexUnderAnotherNameServesOnlyOnSql(Backend backend) throws SQLException {
        Toasty db = evolve(backend, IndexedTile.class, RenamedIndexTile.class);
        if (backend.has("nativeSql")) {
            assertThat(db.schemaDifferences()).as("indexes match by columns and uniqueness").isEmpty();
        } else {
            // queries name the global secondary index, so its name counts
            assertThat(messages(db)).containsExactly("sv_renamed_indexed_tiles: index \"tiles_by_color\" (on color) is missing");
        }
    }

    @DriverTest
    void aFieldThatBecameUniqueNeedsAUniqueIndexOrDynamoDbsMetaTable(Backend backend) throws SQLException {
        Toasty db = evolve(backend, IndexedTile.class, UniqueTile.class);
        assertThat(messages(db)).containsExactly(backend.has("nativeSql")
                ? "unique_indexed_tiles: index \"ux_unique_indexed_tiles_color\" (on color) is not unique in the database, "
                        + "the model needs it unique"
                : "table \"sv_toasty_meta\" (Toasty's own, for unique fields and @Auto counters) is missing");
    }

    @DriverTest
    void aMovedKeyIsAPrimaryKeyMismatch(Backend backend) throws SQLException {
        List<SchemaDifference> differences = evolve(backend, Tile.class, ColorKeyedTile.class).schemaDifferences();
        assertThat(differences).filteredOn(d -> d.kind() == Kind.PRIMARY_KEY_MISMATCH).extracting(SchemaDifference::message)
                .containsExactly(backend.has("nativeSql")
                        ? "color_keyed_tiles: primary key is (code), the model needs (color)"
                        : "sv_color_keyed_tiles: primary key is (code S), the model needs (color S)");
        if (backend.has("nativeSql")) {
            assertThat(differences).filteredOn(d -> d.kind() == Kind.NULLABILITY_MISMATCH).extracting(SchemaDifference::column)
                    .containsExactly("code", "color");
        }
    }

    @DriverTest
    void aKeyOfAnotherTypeIsReported(Backend backend) throws SQLException {
        String expected = switch (backend.name()) {
            case "sqlite" -> "number_keyed_tiles.code (NumberKeyedTile.code): type is TEXT, the model needs INTEGER";
            case "postgresql" -> "number_keyed_tiles.code (NumberKeyedTile.code): type is text, the model needs bigint";
            case "mysql" -> "number_keyed_tiles.code (NumberKeyedTile.code): type is varchar(255), the model needs BIGINT";
            default -> "sv_number_keyed_tiles: primary key is (code S), the model needs (code N)";
        };
        assertThat(messages(evolve(backend, Tile.class, NumberKeyedTile.class))).containsExactly(expected);
    }

    @DriverTest
    void anAutoKeyNeedsTheDatabaseToGenerateIt(Backend backend) throws SQLException {
        List<String> messages = messages(evolve(backend, Counter.class, AutoCounter.class));
        switch (backend.name()) {
            // an INTEGER primary key is SQLite's row id, which SQLite assigns
            case "sqlite" -> assertThat(messages).isEmpty();
            // DynamoDB has no identity: the counters live in toasty_meta
            case "dynamodb" -> assertThat(messages).containsExactly(
                    "table \"sv_toasty_meta\" (Toasty's own, for unique fields and @Auto counters) is missing");
            default -> assertThat(messages).containsExactly("auto_counters.id (AutoCounter.id): the database does not generate "
                    + "its values, the model's @Auto key needs an identity column");
        }
    }

    @DriverTest
    void aDroppedTableIsMissingUntilPushSchemaCreatesIt(Backend backend) {
        Toasty db = open(backend, PREFIX, Tile.class, Brush.class);
        db.dropSchema();
        db.pushSchema();
        open(backend, PREFIX, Brush.class).dropSchema();
        String brushes = table(backend, "brushes");
        assertThat(db.schemaDifferences()).containsExactly(new SchemaDifference(Kind.MISSING_TABLE, brushes, null, null, "Brush", null,
                "table \"" + brushes + "\" (model Brush) is missing"));
        assertThatThrownBy(db::validateSchema).isInstanceOf(SchemaMismatchException.class).hasMessage("""
                The database does not match the models (1 difference):
                  - table "%s" (model Brush) is missing
                Run with toasty.schema=create (or call pushSchema()) to create what is missing, or change the models.""".formatted(brushes))
                .satisfies(e -> assertThat(((SchemaMismatchException) e).differences()).hasSize(1));
        db.pushSchema();
        db.validateSchema();
    }

    /**
     * The table of {@code before}, made by {@code pushSchema}, as an instance over {@code after} sees it: renamed to
     * the later table on SQL, reached through table prefixes on DynamoDB (one table name ends with the other).
     */
    private Toasty evolve(Backend backend, Class<?> before, Class<?>... after) throws SQLException {
        String from = before.getAnnotation(Table.class).value();
        String to = after[0].getAnnotation(Table.class).value();
        boolean longer = to.endsWith(from);
        Toasty old = open(backend, PREFIX + (longer ? to.substring(0, to.length() - from.length()) : ""), before);
        Toasty current = open(backend, PREFIX + (longer ? "" : from.substring(0, from.length() - to.length())), after);
        old.dropSchema();
        current.dropSchema();
        old.pushSchema();
        if (backend.has("nativeSql")) {
            try (JdbcAccess jdbc = JdbcAccess.open(url(backend), 1, false); Connection c = jdbc.open(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + from + " RENAME TO " + to);
            }
        }
        return current;
    }

    /** An instance over the models; the table prefix applies on DynamoDB only. */
    private Toasty open(Backend backend, String prefix, Class<?>... models) {
        ToastyBuilder builder = Toasty.builder().url(url(backend)).models(models);
        Toasty db = (backend.has("nativeSql") ? builder : builder.tablePrefix(prefix)).build();
        opened.add(db);
        return db;
    }

    /** SQLite's in-memory URL gives every instance a database of its own; these tests share one file. */
    private String url(Backend backend) {
        return backend.name().equals("sqlite") ? "sqlite:" + dir.resolve("schema.db") : backend.url();
    }

    private static String table(Backend backend, String name) {
        return backend.has("nativeSql") ? name : PREFIX + name;
    }

    private static List<String> messages(Toasty db) {
        return db.schemaDifferences().stream().map(SchemaDifference::message).toList();
    }
}
