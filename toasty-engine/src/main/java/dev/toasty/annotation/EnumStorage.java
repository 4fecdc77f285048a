package dev.toasty.annotation;

/** The ways an enum field can be stored. */
public enum EnumStorage {
    /** The constant's name, or the name its {@link EnumName} gives: readable, and safe when constants are reordered. */
    NAME,
    /**
     * An integer: the constant's {@link EnumCode}, which every constant must then carry. Codes survive
     * reordering and renaming; ordinals would not, so they are never used.
     */
    CODE,
    /**
     * The database's own enum type: a PostgreSQL {@code CREATE TYPE ... AS ENUM}, a MySQL {@code ENUM(...)}
     * column. SQLite and DynamoDB store the name, as with {@link #NAME}.
     */
    NATIVE
}
