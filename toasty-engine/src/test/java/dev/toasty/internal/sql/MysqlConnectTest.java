package dev.toasty.internal.sql;

import dev.toasty.ConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A MySQL URL whose server cannot be reached fails at once with a ConnectionException, password hidden. */
class MysqlConnectTest {

    @Test
    void unreachableServerIsAConnectionExceptionNamingTheUrlWithoutThePassword() {
        assertThatThrownBy(() -> JdbcAccess.open("mysql://root:hunter2@127.0.0.1:1/none?connectTimeout=2000", 1, false))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("mysql://root:***@127.0.0.1:1/none")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void patchVersionIsReadFromTheVersionString() {
        org.assertj.core.api.Assertions.assertThat(MysqlServer.patch("8.0.36-log")).isEqualTo(36);
        org.assertj.core.api.Assertions.assertThat(MysqlServer.patch("8.4.0")).isZero();
        org.assertj.core.api.Assertions.assertThat(MysqlServer.patch("8")).isZero();
    }
}
