package dev.toasty.internal.sql.dialect;

/**
 * How an ORDER BY term puts nulls at the end a query asks for, when that is not where the backend puts
 * them by itself. A dialect picks one; the renderer never asks which database it renders for.
 */
public interface NullsPlacement {

    /**
     * Renders one ORDER BY term with its direction and the requested null placement.
     *
     * @param sql        the SQL being built
     * @param expr       appends the ordered expression (it may be called twice)
     * @param descending whether the term sorts descending
     * @param nullsLast  whether nulls must come after every value
     */
    void term(StringBuilder sql, Runnable expr, boolean descending, boolean nullsLast);

    /** The standard {@code NULLS FIRST} / {@code NULLS LAST} keywords (PostgreSQL, SQLite 3.30+). */
    NullsPlacement KEYWORDS = (sql, expr, descending, nullsLast) -> {
        expr.run();
        sql.append(descending ? " DESC" : "").append(nullsLast ? " NULLS LAST" : " NULLS FIRST");
    };

    /**
     * For backends without the keywords (MySQL, MariaDB): sort on {@code expr IS NULL} first, which is 0 for a
     * value and 1 for a null, so ascending puts nulls last and descending puts them first.
     */
    NullsPlacement IS_NULL_FIRST = (sql, expr, descending, nullsLast) -> {
        expr.run();
        sql.append(nullsLast ? " IS NULL, " : " IS NULL DESC, ");
        expr.run();
        sql.append(descending ? " DESC" : "");
    };
}
