package dev.toasty.internal.migrate;

import dev.toasty.migrate.Migration;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.Step;
import dev.toasty.relation.DeleteRule;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.ForeignKey;
import dev.toasty.schema.Storage;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file format of a migration: {@code V<version>__<words>.json}, holding its description and its {@code up} and
 * {@code down} steps as JSON objects named by their kind ({@code {"createTable": "users", "columns": [...]}}).
 * Columns of an index or a foreign key are written by name. See docs/dev/migrations.md for why.
 */
public final class MigrationFiles {

    /** {@code V20261207131500__add_user_email.json}: the version, then words. */
    public static final Pattern NAME = Pattern.compile("V([0-9]+(?:\\.[0-9]+)*)__([A-Za-z0-9_\\-]*)\\.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MigrationFiles() {
    }

    /** The migration in {@code text}, read from {@code fileName} at {@code source}; refused naming the file and the problem. */
    public static Migration read(String fileName, String source, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("The migration file " + source + " is not named V<version>__<words>.json "
                    + "(for example V20261207131500__add_user_email.json)");
        }
        try {
            JsonNode root = JSON.readTree(text);
            String description = root.path("description").asString(m.group(2).replace('_', ' '));
            return new Migration(m.group(1), description, steps(root.path("up"), source, "up"), steps(root.path("down"), source, "down"),
                    checksum(text), source);
        } catch (JacksonException e) {
            throw new MigrationException("The migration file " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MigrationException("The migration file " + source + " has a step Toasty cannot read: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the text with CRLF and CR made LF, trailing whitespace of each line and trailing blank lines removed. */
    public static String checksum(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder normal = new StringBuilder(text.length());
        for (String line : lines) {
            normal.append(line.stripTrailing()).append('\n');
        }
        String body = normal.toString().stripTrailing();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The file text of a migration, in the order it reads best in a review. */
    public static String write(String description, List<Step> up, List<Step> down) {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", description);
        ArrayNode u = root.putArray("up");
        up.forEach(s -> u.add(step(s)));
        ArrayNode d = root.putArray("down");
        down.forEach(s -> d.add(step(s)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static List<Step> steps(JsonNode array, String source, String list) {
        if (array.isMissingNode()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new MigrationException("The migration file " + source + " has \"" + list + "\" that is not a list of steps");
        }
        List<Step> out = new ArrayList<>();
        for (JsonNode node : array) {
            try {
                out.add(step(node));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new MigrationException("The migration file " + source + " has a step Toasty cannot read (" + list + " step "
                        + (out.size() + 1) + "): " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Step step(JsonNode n) {
        if (n.has("createTable")) {
            return new Step.CreateTable(table(n, n.get("createTable").stringValue()));
        }
        if (n.has("dropTable")) {
            return new Step.DropTable(table(n, n.get("dropTable").stringValue()));
        }
        if (n.has("renameTable")) {
            return new Step.RenameTable(n.get("renameTable").stringValue(), text(n, "to"));
        }
        if (n.has("addColumn")) {
            return new Step.AddColumn(text(n, "table"), column(text(n, "table"), n.get("addColumn").stringValue(), n, 0));
        }
        if (n.has("dropColumn")) {
            return new Step.DropColumn(text(n, "table"), column(text(n, "table"), n.get("dropColumn").stringValue(), n, 0));
        }
        if (n.has("renameColumn")) {
            return new Step.RenameColumn(text(n, "table"), n.get("renameColumn").stringValue(), text(n, "to"));
        }
        if (n.has("alterColumn")) {
            String table = text(n, "table");
            String name = n.get("alterColumn").stringValue();
            return new Step.AlterColumn(table, column(table, name, required(n, "from"), 0), column(table, name, required(n, "to"), 0));
        }
        if (n.has("createIndex")) {
            return new Step.CreateIndex(text(n, "table"), index(text(n, "table"), n.get("createIndex").stringValue(), n));
        }
        if (n.has("dropIndex")) {
            return new Step.DropIndex(text(n, "table"), index(text(n, "table"), n.get("dropIndex").stringValue(), n));
        }
        if (n.has("addForeignKey")) {
            return new Step.AddForeignKey(text(n, "table"), foreignKey(text(n, "table"), n.get("addForeignKey").stringValue(), n));
        }
        if (n.has("dropForeignKey")) {
            return new Step.DropForeignKey(text(n, "table"), foreignKey(text(n, "table"), n.get("dropForeignKey").stringValue(), n));
        }
        if (n.has("sql")) {
            Map<String, List<String>> byBackend = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.get("sql").properties()) {
                List<String> statements = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(s -> statements.add(s.stringValue()));
                } else {
                    statements.add(e.getValue().stringValue());
                }
                byBackend.put(e.getKey(), statements);
            }
            return new Step.Sql(n.path("description").asString("hand-written SQL"), byBackend);
        }
        if (n.has("irreversible")) {
            return new Step.Irreversible(n.get("irreversible").stringValue());
        }
        throw new IllegalArgumentException("no known kind in " + n + " (createTable, dropTable, renameTable, addColumn, dropColumn, "
                + "renameColumn, alterColumn, createIndex, dropIndex, addForeignKey, dropForeignKey, sql, irreversible)");
    }

    private static ObjectNode step(Step step) {
        ObjectNode n = JSON.createObjectNode();
        switch (step) {
            case Step.CreateTable s -> table(n.put("createTable", s.table().name()), s.table());
            case Step.DropTable s -> table(n.put("dropTable", s.table().name()), s.table());
            case Step.RenameTable s -> n.put("renameTable", s.from()).put("to", s.to());
            case Step.AddColumn s -> column(n.put("addColumn", s.column().name()).put("table", s.table()), s.column());
            case Step.DropColumn s -> column(n.put("dropColumn", s.column().name()).put("table", s.table()), s.column());
            case Step.RenameColumn s -> n.put("renameColumn", s.from()).put("table", s.table()).put("to", s.to());
            case Step.AlterColumn s -> {
                n.put("alterColumn", s.to().name()).put("table", s.table());
                column(n.putObject("from"), s.from());
                column(n.putObject("to"), s.to());
            }
            case Step.CreateIndex s -> index(n.put("createIndex", s.index().name()).put("table", s.table()), s.index());
            case Step.DropIndex s -> index(n.put("dropIndex", s.index().name()).put("table", s.table()), s.index());
            case Step.AddForeignKey s -> foreignKey(n.put("addForeignKey", s.foreignKey().name()).put("table", s.table()), s.foreignKey());
            case Step.DropForeignKey s -> foreignKey(n.put("dropForeignKey", s.foreignKey().name()).put("table", s.table()), s.foreignKey());
            case Step.Sql s -> {
                n.put("description", s.description());
                ObjectNode sql = n.putObject("sql");
                s.byBackend().forEach((backend, statements) -> {
                    ArrayNode a = sql.putArray(backend);
                    statements.forEach(a::add);
                });
            }
            case Step.Irreversible s -> n.put("irreversible", s.reason());
        }
        return n;
    }

    private static Table table(JsonNode n, String name) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : required(n, "columns")) {
            columns.add(column(name, text(c, "name"), c, columns.size()));
        }
        List<Column> key = new ArrayList<>();
        for (JsonNode k : required(n, "primaryKey")) {
            key.add(columns.stream().filter(c -> c.name().equals(k.stringValue())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the key column " + k.stringValue() + " is not a column of " + name)));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (JsonNode fk : n.path("foreignKeys")) {
            fks.add(foreignKey(name, text(fk, "name"), fk));
        }
        return new Table(name, columns, key, List.of(), fks);
    }

    private static void table(ObjectNode n, Table table) {
        ArrayNode columns = n.putArray("columns");
        table.columns().forEach(c -> column(columns.addObject().put("name", c.name()), c));
        ArrayNode key = n.putArray("primaryKey");
        table.primaryKey().forEach(c -> key.add(c.name()));
        if (!table.foreignKeys().isEmpty()) {
            ArrayNode fks = n.putArray("foreignKeys");
            table.foreignKeys().forEach(fk -> foreignKey(fks.addObject().put("name", fk.name()), fk));
        }
    }

    static Column column(String table, String name, JsonNode n, int index) {
        FieldType type = FieldType.valueOf(text(n, "type"));
        JsonNode element = n.path("element");
        List<String> labels = new ArrayList<>();
        n.path("enumLabels").forEach(l -> labels.add(l.stringValue()));
        Storage storage = new Storage(null, n.path("precision").asInt(0), n.path("scale").asInt(0), n.path("jsonText").asBoolean(false),
                element.isMissingNode() ? null : FieldType.valueOf(element.stringValue()),
                n.path("enumType").isMissingNode() ? null : n.path("enumType").stringValue(), labels);
        return new Column(table, name, type, n.path("nullable").asBoolean(false), n.path("auto").asBoolean(false), index, storage);
    }

    private static void column(ObjectNode n, Column c) {
        n.put("type", c.type().name()).put("nullable", c.nullable());
        if (c.auto()) {
            n.put("auto", true);
        }
        Storage s = c.storage();
        if (s.precision() > 0) {
            n.put("precision", s.precision()).put("scale", s.scale());
        }
        if (s.jsonText()) {
            n.put("jsonText", true);
        }
        if (s.element() != null) {
            n.put("element", s.element().name());
        }
        if (s.enumType() != null) {
            n.put("enumType", s.enumType());
            ArrayNode labels = n.putArray("enumLabels");
            s.enumLabels().forEach(labels::add);
        }
    }

    private static TableIndex index(String table, String name, JsonNode n) {
        return new TableIndex(name, names(table, required(n, "columns")), n.path("unique").asBoolean(false));
    }

    private static void index(ObjectNode n, TableIndex index) {
        ArrayNode columns = n.putArray("columns");
        index.columns().forEach(c -> columns.add(c.name()));
        n.put("unique", index.unique());
    }

    private static ForeignKey foreignKey(String table, String name, JsonNode n) {
        String referenced = text(n, "references");
        return new ForeignKey(name, names(table, required(n, "columns")), referenced, names(referenced, required(n, "referencedColumns")),
                DeleteRule.valueOf(n.path("onDelete").asString("RESTRICT")));
    }

    private static void foreignKey(ObjectNode n, ForeignKey fk) {
        ArrayNode columns = n.putArray("columns");
        fk.columns().forEach(c -> columns.add(c.name()));
        n.put("references", fk.referencedTable());
        ArrayNode referenced = n.putArray("referencedColumns");
        fk.referencedColumns().forEach(c -> referenced.add(c.name()));
        n.put("onDelete", fk.onDelete().name());
    }

    /** Columns known by name only, resolved against the schema the earlier steps lead to ({@link SchemaState}). */
    private static List<Column> names(String table, JsonNode array) {
        List<Column> out = new ArrayList<>();
        for (JsonNode name : array) {
            out.add(new Column(table, name.stringValue(), FieldType.STRING, true, false, -1));
        }
        return out;
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing in " + n);
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        return required(n, field).stringValue();
    }
}
