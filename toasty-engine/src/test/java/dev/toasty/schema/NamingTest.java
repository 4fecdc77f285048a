package dev.toasty.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamingTest {

    @Test
    void tableNames() {
        assertThat(Naming.tableName("User")).isEqualTo("users");
        assertThat(Naming.tableName("BlogPost")).isEqualTo("blog_posts");
        assertThat(Naming.tableName("Category")).isEqualTo("categories");
        assertThat(Naming.tableName("Address")).isEqualTo("addresses");
        assertThat(Naming.tableName("Day")).isEqualTo("days");
    }

    @Test
    void columnNames() {
        assertThat(Naming.snakeCase("createdAt")).isEqualTo("created_at");
        assertThat(Naming.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Naming.snakeCase("HTTPServer")).isEqualTo("http_server");
        assertThat(Naming.snakeCase("name")).isEqualTo("name");
    }
}
