package dev.toasty.docs.types.enums;

/** docs/types/enums.md: stored as the database's own enum type where there is one. */
public enum Mood {
    HAPPY,
    SAD,
    MEH
}
