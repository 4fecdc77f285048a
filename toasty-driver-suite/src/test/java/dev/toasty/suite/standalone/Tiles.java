package dev.toasty.suite.standalone;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/**
 * Versions of a model for the schema validation tests. Each has a table of its own, since no two models may
 * share one; a test creates the table of an earlier version and renames it (SQL) or reaches it through a
 * table prefix (DynamoDB), which is why each later table name ends with the earlier one.
 */
public final class Tiles {

    private Tiles() {
    }

    /** The first version. */
    @Model
    @Table("tiles")
    public record Tile(@Key String code, String color) {
    }

    /** A field added. */
    @Model
    @Table("sized_tiles")
    public record SizedTile(@Key String code, String color, Integer size) {
    }

    /** A text field added: on SQLite, a double-quoted name of a missing column would read back as the text of its name. */
    @Model
    @Table("labeled_tiles")
    public record LabeledTile(@Key String code, String color, String label) {
    }

    /** The color became a number. */
    @Model
    @Table("numbered_tiles")
    public record NumberedTile(@Key String code, Integer color) {
    }

    /** The color became required. */
    @Model
    @Table("required_tiles")
    public record RequiredTile(@Key String code, @Required String color) {
    }

    /** A required field that a later version dropped. */
    @Model
    @Table("finished_tiles")
    public record FinishedTile(@Key String code, String color, @Required String finish) {
    }

    /** An index added. */
    @Model
    @Table("indexed_tiles")
    public record IndexedTile(@Key String code, @Index String color) {
    }

    /** The same index under another name. */
    @Model
    @Table("renamed_indexed_tiles")
    public record RenamedIndexTile(@Key String code, @Index(name = "tiles_by_color") String color) {
    }

    /** The indexed color became unique. */
    @Model
    @Table("unique_indexed_tiles")
    public record UniqueTile(@Key String code, @Unique String color) {
    }

    /** The key moved to the color. */
    @Model
    @Table("color_keyed_tiles")
    public record ColorKeyedTile(String code, @Key String color) {
    }

    /** The key became a number. */
    @Model
    @Table("number_keyed_tiles")
    public record NumberKeyedTile(@Key Long code, String color) {
    }

    /** A second table. */
    @Model
    @Table("brushes")
    public record Brush(@Key String code) {
    }

    /** A key the application assigns. */
    @Model
    @Table("counters")
    public record Counter(@Key long id, String name) {
    }

    /** The key became generated. */
    @Model
    @Table("auto_counters")
    public record AutoCounter(@Key @Auto Long id, String name) {
    }
}
