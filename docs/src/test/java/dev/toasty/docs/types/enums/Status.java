package dev.toasty.docs.types.enums;

import dev.toasty.annotation.EnumName;

/** docs/types/enums.md: stored by name, {@code PUBLISHED} under the name {@code pub}. */
public enum Status {
    DRAFT,
    @EnumName("pub") PUBLISHED,
    ARCHIVED
}
