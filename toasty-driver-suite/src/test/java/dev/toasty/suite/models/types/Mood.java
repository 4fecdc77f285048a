package dev.toasty.suite.models.types;

/** An enum stored as the database's own enum type where there is one (PostgreSQL type {@code mood}, a MySQL ENUM). */
public enum Mood {
    HAPPY,
    SAD,
    MEH
}
