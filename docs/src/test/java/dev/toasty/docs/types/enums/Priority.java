package dev.toasty.docs.types.enums;

import dev.toasty.annotation.EnumCode;

/** docs/types/enums.md: stored by code. */
public enum Priority {
    @EnumCode(1) LOW,
    @EnumCode(5) NORMAL,
    @EnumCode(9) HIGH
}
