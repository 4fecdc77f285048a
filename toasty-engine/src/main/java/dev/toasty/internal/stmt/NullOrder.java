package dev.toasty.internal.stmt;

/** Where nulls sort. DEFAULT means Toasty's rule: nulls sort as if greater than every value. */
public enum NullOrder {
    DEFAULT, FIRST, LAST;

    NullOrder reversed() {
        return switch (this) {
            case DEFAULT -> DEFAULT;
            case FIRST -> LAST;
            case LAST -> FIRST;
        };
    }
}
