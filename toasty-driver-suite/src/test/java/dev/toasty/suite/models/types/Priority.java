package dev.toasty.suite.models.types;

import dev.toasty.annotation.EnumCode;

/**
 * An enum stored by code. The codes follow neither the declaration order nor the names' order, so an
 * ordering by code is told apart from an ordering by ordinal or by name.
 */
public enum Priority {
    @EnumCode(30) LOW,
    @EnumCode(10) MEDIUM,
    @EnumCode(40) HIGH,
    @EnumCode(-1) URGENT
}
