package dev.toasty.internal.sql;

import dev.toasty.ConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionUrlTest {

    @Test
    void sqliteMemoryIsASharedInMemoryDatabase() {
        ConnectionUrl url = ConnectionUrl.parse("sqlite::memory:");
        assertThat(url.memory()).isTrue();
        assertThat(url.jdbcUrl()).startsWith("jdbc:sqlite:file:toasty-").endsWith("?mode=memory&cache=shared");
    }

    @Test
    void sqliteWithoutAPathIsRefused() {
        assertThatThrownBy(() -> ConnectionUrl.parse("sqlite:")).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("sqlite::memory:");
    }

    @Test
    void postgresUserInfoBecomesProperties() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app:s%40cret@db.example:5433/shop?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/shop?sslmode=require");
        assertThat(url.properties()).containsEntry("user", "app").containsEntry("password", "s@cret");
    }

    @Test
    void jdbcPrefixIsAccepted() {
        assertThat(ConnectionUrl.parse("jdbc:postgresql://h/db?user=u").jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=u");
    }

    @Test
    void unknownSchemeNamesTheSupportedOnesAndHidesThePassword() {
        assertThatThrownBy(() -> ConnectionUrl.parse("oracle://scott:tiger@h/db")).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("sqlite:").hasMessageContaining("postgresql://")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void mysqlAndMariadbUrlsGoThroughTheMariadbConnector() {
        ConnectionUrl url = ConnectionUrl.parse("mysql://app:s%40cret@db.example:3307/shop?sslMode=trust");
        assertThat(url.backend()).isEqualTo("mysql");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example:3307/shop?sslMode=trust");
        assertThat(url.properties()).containsEntry("user", "app").containsEntry("password", "s@cret");
        assertThat(ConnectionUrl.parse("mariadb://h/db").jdbcUrl()).isEqualTo("jdbc:mariadb://h/db");
        assertThat(ConnectionUrl.parse("jdbc:mysql://h/db?user=u").jdbcUrl()).isEqualTo("jdbc:mariadb://h/db?user=u");
        assertThat(ConnectionUrl.parse("jdbc:mariadb://h/db").backend()).isEqualTo("mysql");
    }

    @Test
    void setsFindsAQueryParameterWithoutCase() {
        ConnectionUrl url = ConnectionUrl.parse("mysql://h/db?user=root&UseServerPrepStmts=false");
        assertThat(url.sets("useServerPrepStmts")).isTrue();
        assertThat(url.sets("cachePrepStmts")).isFalse();
        assertThat(ConnectionUrl.parse("mysql://h/db").sets("user")).isFalse();
    }
}
