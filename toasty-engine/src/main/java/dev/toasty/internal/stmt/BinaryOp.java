package dev.toasty.internal.stmt;

/** The comparison operators. */
public enum BinaryOp {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String sql;

    BinaryOp(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** Whether the operator asks for an order between values rather than equality. */
    public boolean isRange() {
        return this != EQ && this != NE;
    }
}
