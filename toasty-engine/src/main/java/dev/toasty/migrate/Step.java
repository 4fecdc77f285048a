package dev.toasty.migrate;

import dev.toasty.schema.Column;
import dev.toasty.schema.ForeignKey;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.util.List;
import java.util.Map;

/**
 * One neutral change of the schema in a {@link Migration}: rendered as SQL for the SQL backends and as requests
 * for DynamoDB when it runs. Tables, columns, indexes and foreign keys are those of the schema's db layer
 * ({@link Table}, {@link Column}); columns of an index or a foreign key are resolved by name against the schema
 * the earlier steps lead to.
 */
public sealed interface Step {

    /** A line for logs, previews and errors: {@code add column users.email}. */
    String describe();

    /** Whether running the step may lose data (a dropped table or column, a narrowed type or nullability). */
    default boolean destructive() {
        return false;
    }

    /** Creates a table with its columns, key and foreign keys (its indexes are {@link CreateIndex} steps). */
    record CreateTable(Table table) implements Step {
        public String describe() {
            return "create table " + table.name();
        }
    }

    /** Drops a table and its rows; {@code table} is its definition, so that the step can be reversed. */
    record DropTable(Table table) implements Step {
        public String describe() {
            return "drop table " + table.name() + " (its rows are lost)";
        }

        public boolean destructive() {
            return true;
        }
    }

    record RenameTable(String from, String to) implements Step {
        public String describe() {
            return "rename table " + from + " to " + to;
        }
    }

    record AddColumn(String table, Column column) implements Step {
        public String describe() {
            return "add column " + table + "." + column.name() + (column.nullable() ? "" : " (required)");
        }
    }

    /** Drops a column and its values; {@code column} is its definition, so that the step can be reversed. */
    record DropColumn(String table, Column column) implements Step {
        public String describe() {
            return "drop column " + table + "." + column.name() + " (its values are lost)";
        }

        public boolean destructive() {
            return true;
        }
    }

    record RenameColumn(String table, String from, String to) implements Step {
        public String describe() {
            return "rename column " + table + "." + from + " to " + to;
        }
    }

    /** Changes a column's type or nullability from {@code from} to {@code to} (same name). */
    record AlterColumn(String table, Column from, Column to) implements Step {
        public String describe() {
            StringBuilder out = new StringBuilder("alter column " + table + "." + to.name() + ":");
            if (from.type() != to.type() || !from.storage().equals(to.storage())) {
                out.append(" type ").append(from.type()).append(" -> ").append(to.type());
            }
            if (from.nullable() != to.nullable()) {
                out.append(to.nullable() ? " now nullable" : " now required");
            }
            return out.toString();
        }

        /** Making a column required fails or invents values where rows hold nulls; another type may not hold every value. */
        public boolean destructive() {
            return (from.nullable() && !to.nullable()) || from.type() != to.type() || !from.storage().equals(to.storage());
        }
    }

    record CreateIndex(String table, TableIndex index) implements Step {
        public String describe() {
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
        }
    }

    record DropIndex(String table, TableIndex index) implements Step {
        public String describe() {
            return "drop index " + index.name() + " on " + table;
        }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements Step {
        public String describe() {
            return "add foreign key " + foreignKey.name() + " on " + table + " -> " + foreignKey.referencedTable();
        }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements Step {
        public String describe() {
            return "drop foreign key " + foreignKey.name() + " on " + table;
        }
    }

    /**
     * Hand-written SQL, for data changes: the statements per backend name ({@code sqlite}, {@code postgresql},
     * {@code mysql}), or under {@code *} for every SQL backend without an entry of its own. A backend with no
     * entry runs nothing for this step, and DynamoDB runs none.
     */
    record Sql(String description, Map<String, List<String>> byBackend) implements Step {
        public Sql {
            Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
            byBackend.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            byBackend = java.util.Collections.unmodifiableMap(copy);
        }

        public String describe() {
            return "sql: " + description;
        }

        /** The statements for {@code backend}; empty when it runs none. */
        public List<String> forBackend(String backend) {
            List<String> sql = byBackend.get(backend);
            if (sql != null) {
                return sql;
            }
            return backend.equals("dynamodb") ? List.of() : byBackend.getOrDefault("*", List.of());
        }
    }

    /** Stands in a down list for a change that cannot be undone; a rollback stops before it with {@code reason}. */
    record Irreversible(String reason) implements Step {
        public String describe() {
            return "irreversible: " + reason;
        }
    }
}
