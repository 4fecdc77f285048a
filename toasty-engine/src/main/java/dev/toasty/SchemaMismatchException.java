package dev.toasty;

import dev.toasty.schema.SchemaDifference;

import java.util.List;

/**
 * The database does not match the models: thrown by {@link Toasty#validateSchema()}, with every difference in
 * {@link #differences()} and, one per line, in the message.
 */
public class SchemaMismatchException extends SchemaException {

    private static final long serialVersionUID = 1L;

    private final transient List<SchemaDifference> differences;

    public SchemaMismatchException(List<SchemaDifference> differences) {
        super(message(differences));
        this.differences = List.copyOf(differences);
    }

    /**
     * A value read from the database that the model cannot hold (an enum name no constant has, JSON that does not
     * read as the field's type): the data does not match the model, though the tables may.
     */
    public SchemaMismatchException(String message) {
        super(message);
        this.differences = List.of();
    }

    /** The differences, in the order of the models, then columns, then indexes. */
    public List<SchemaDifference> differences() {
        return differences == null ? List.of() : differences;
    }

    static String message(List<SchemaDifference> differences) {
        StringBuilder out = new StringBuilder("The database does not match the models (")
                .append(differences.size()).append(differences.size() == 1 ? " difference" : " differences").append("):\n");
        for (SchemaDifference d : differences) {
            out.append("  - ").append(d.message()).append('\n');
        }
        long fixable = differences.stream().filter(SchemaDifference::fixedByPushSchema).count();
        if (fixable == differences.size()) {
            out.append("Run with toasty.schema=create (or call pushSchema()) to create what is missing, or change the models.");
        } else if (fixable > 0) {
            out.append("Run with toasty.schema=create (or call pushSchema()) to create the missing tables and indexes; "
                    + "the rest needs a migration of the database or a change to the models.");
        } else {
            out.append("Migrate the database or change the models: pushSchema() does not alter existing tables.");
        }
        return out.toString();
    }
}
