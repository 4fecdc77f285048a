package dev.toasty.internal.sql.dialect;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.engine.Parameterizer;
import dev.toasty.internal.engine.Verifier;
import dev.toasty.internal.read.Nodes;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.RowLock;
import dev.toasty.internal.stmt.RowLock.Strength;
import dev.toasty.internal.stmt.RowLock.Wait;
import dev.toasty.internal.stmt.Select;
import dev.toasty.driver.Capability;
import dev.toasty.internal.dynamo.DynamoDriver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exact SQL of row locks per dialect, their place after LIMIT/OFFSET, and the refusals without row locks. */
class RowLockRenderingTest {

    private static final String PG_COLUMNS = "\"id\", \"name\", \"email\", \"age\", \"created_at\", \"updated_at\", \"salary\"";

    private static Select locked(Strength strength, Wait wait) {
        return new Select(Person.class, Nodes.expr(Person.AGE.gt(18)), List.of(), null, null, Select.Returning.ROWS)
                .withLock(new RowLock(strength, wait));
    }

    private static String postgres(Select s) {
        return Rendering.render(new PostgresDialect(), s).sql();
    }

    private static String mysql(Select s) {
        return Rendering.render(MysqlDialect.mysql(false), s).sql();
    }

    private static String mariadb(Select s) {
        return Rendering.render(MysqlDialect.mariadb(false), s).sql();
    }

    @Test
    void postgresLocksForUpdateAndForShare() {
        String base = "SELECT " + PG_COLUMNS + " FROM \"persons\" WHERE \"age\" > ?";
        assertThat(postgres(locked(Strength.UPDATE, Wait.WAIT))).isEqualTo(base + " FOR UPDATE");
        assertThat(postgres(locked(Strength.UPDATE, Wait.NO_WAIT))).isEqualTo(base + " FOR UPDATE NOWAIT");
        assertThat(postgres(locked(Strength.UPDATE, Wait.SKIP_LOCKED))).isEqualTo(base + " FOR UPDATE SKIP LOCKED");
        assertThat(postgres(locked(Strength.SHARE, Wait.WAIT))).isEqualTo(base + " FOR SHARE");
        assertThat(postgres(locked(Strength.SHARE, Wait.SKIP_LOCKED))).isEqualTo(base + " FOR SHARE SKIP LOCKED");
    }

    @Test
    void mysqlSaysForShareAndMariadbLockInShareMode() {
        String base = "SELECT `id`, `name`, `email`, `age`, `created_at`, `updated_at`, `salary` FROM `persons` WHERE `age` > ?";
        assertThat(mysql(locked(Strength.UPDATE, Wait.WAIT))).isEqualTo(base + " FOR UPDATE");
        assertThat(mysql(locked(Strength.SHARE, Wait.NO_WAIT))).isEqualTo(base + " FOR SHARE NOWAIT");
        assertThat(mariadb(locked(Strength.UPDATE, Wait.SKIP_LOCKED))).isEqualTo(base + " FOR UPDATE SKIP LOCKED");
        assertThat(mariadb(locked(Strength.UPDATE, Wait.NO_WAIT))).isEqualTo(base + " FOR UPDATE NOWAIT");
        assertThat(mariadb(locked(Strength.SHARE, Wait.WAIT))).isEqualTo(base + " LOCK IN SHARE MODE");
        assertThat(mariadb(locked(Strength.SHARE, Wait.SKIP_LOCKED))).isEqualTo(base + " LOCK IN SHARE MODE SKIP LOCKED");
    }

    @Test
    void theLockComesAfterOrderLimitAndOffset() {
        Select s = new Select(Person.class, Nodes.expr(Person.AGE.gt(18)), List.of(Nodes.item(Person.ID.asc())),
                new ExprValue(1L), new ExprValue(2L), Select.Returning.ROWS).withLock(new RowLock(Strength.UPDATE, Wait.SKIP_LOCKED));
        assertThat(postgres(s)).endsWith(" WHERE \"age\" > ? ORDER BY \"id\" LIMIT ? OFFSET ? FOR UPDATE SKIP LOCKED");
        assertThat(mariadb(s)).endsWith(" WHERE `age` > ? ORDER BY `id` LIMIT ? OFFSET ? FOR UPDATE SKIP LOCKED");
        Select exists = new Select(Person.class, Nodes.expr(Person.AGE.gt(18)), List.of(), null, null, Select.Returning.EXISTS)
                .withLock(new RowLock(Strength.UPDATE, Wait.WAIT));
        assertThat(postgres(exists)).isEqualTo("SELECT 1 FROM \"persons\" WHERE \"age\" > ? LIMIT 1 FOR UPDATE");
    }

    @Test
    void theLockIsPartOfTheShape() {
        Select plain = locked(Strength.UPDATE, Wait.WAIT).withLock(null);
        List<Object> shapes = List.of(plain, locked(Strength.UPDATE, Wait.WAIT), locked(Strength.SHARE, Wait.WAIT),
                        locked(Strength.UPDATE, Wait.NO_WAIT), locked(Strength.UPDATE, Wait.SKIP_LOCKED)).stream()
                .map(s -> (Object) Parameterizer.split(s).shape()).distinct().toList();
        assertThat(shapes).hasSize(5);
        assertThat(Parameterizer.split(locked(Strength.UPDATE, Wait.WAIT)).shape())
                .isEqualTo(Parameterizer.split(locked(Strength.UPDATE, Wait.WAIT)).shape());
    }

    @Test
    void sqliteRefusesRowLocksNamingTheTransaction() {
        assertThatThrownBy(() -> Rendering.render(new SqliteDialect(), locked(Strength.UPDATE, Wait.WAIT)))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("row locks")
                .hasMessageContaining("db.transaction(...)")
                .hasMessageContaining("BEGIN IMMEDIATE");
    }

    @Test
    void aBackendWithoutTransactionsIsToldToUseVersions() {
        assertThatThrownBy(() -> Verifier.verify(locked(Strength.UPDATE, Wait.WAIT), DynamoDriver.CAPABILITY, 1))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("@Version");
    }

    @Test
    void eachModifierIsItsOwnFeature() {
        Capability onlyLocks = Capability.POSTGRESQL.without(dev.toasty.driver.Feature.SHARED_LOCKS,
                dev.toasty.driver.Feature.SKIP_LOCKED, dev.toasty.driver.Feature.NOWAIT);
        assertThatThrownBy(() -> Verifier.verify(locked(Strength.SHARE, Wait.WAIT), onlyLocks, 1)).hasMessageContaining("forShare()");
        assertThatThrownBy(() -> Verifier.verify(locked(Strength.UPDATE, Wait.SKIP_LOCKED), onlyLocks, 1))
                .hasMessageContaining("skipLocked()");
        assertThatThrownBy(() -> Verifier.verify(locked(Strength.UPDATE, Wait.NO_WAIT), onlyLocks, 1)).hasMessageContaining("noWait()");
        Verifier.verify(locked(Strength.UPDATE, Wait.WAIT), onlyLocks, 1);
    }
}
