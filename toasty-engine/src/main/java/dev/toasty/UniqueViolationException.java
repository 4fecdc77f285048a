package dev.toasty;

import java.util.List;

/** A write would have stored a value that a {@code @Unique} field or the key already holds in another record. */
public class UniqueViolationException extends QueryException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final List<String> fields;

    public UniqueViolationException(String message, String model, List<String> fields, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
        this.model = model;
        this.fields = List.copyOf(fields);
    }

    /** The model's simple name. */
    public String model() {
        return model;
    }

    /** The fields whose combined value was duplicated. */
    public List<String> fields() {
        return fields;
    }
}
