package dev.toasty.benchmarks.springjdbc;

import org.springframework.data.jdbc.core.dialect.JdbcMySqlDialect;
import org.springframework.data.relational.core.dialect.IdGeneration;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.LetterCasing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.Quoting;

/**
 * Spring Data JDBC has no SQLite dialect; this is MySQL's, the closest: booleans stored as numbers (its
 * number-to-boolean converter), {@code LIMIT offset, count}, keys from {@code getGeneratedKeys()} without
 * column names. It differs where SQLite does: ANSI double-quoted identifiers; no generated keys after a JDBC
 * batch (sqlite-jdbc returns only the last one), so inserts are sent one by one; no single query loading
 * (its SQL calls {@code GREATEST}, which SQLite lacks).
 */
final class SqliteDialect extends JdbcMySqlDialect {

    private static final IdGeneration ID_GENERATION = new IdGeneration() {

        @Override
        public boolean supportedForBatchOperations() {
            return false;
        }

        @Override
        public boolean sequencesSupported() {
            return false;
        }
    };

    SqliteDialect() {
        super(IdentifierProcessing.create(Quoting.ANSI, LetterCasing.LOWER_CASE));
    }

    @Override
    public IdGeneration getIdGeneration() {
        return ID_GENERATION;
    }

    @Override
    public boolean supportsSingleQueryLoading() {
        return false;
    }
}
