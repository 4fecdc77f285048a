package dev.toasty.suite.models.types;

import dev.toasty.annotation.EnumName;

/** An enum stored by name; {@code PUBLISHED} is stored under the name {@code pub}. */
public enum Status {
    DRAFT,
    @EnumName("pub") PUBLISHED,
    ARCHIVED
}
