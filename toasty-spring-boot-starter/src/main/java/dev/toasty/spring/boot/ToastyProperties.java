package dev.toasty.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code toasty.*} properties.
 *
 * @param url    the database URL, for example {@code sqlite:./data/app.db}, {@code postgresql://localhost:5432/app}
 *               or {@code mysql://localhost:3306/app}
 * @param schema what to do with the schema at startup: {@code none} (default) or {@code create}
 *               (create missing tables and indexes)
 */
@ConfigurationProperties("toasty")
public record ToastyProperties(String url, String schema) {

    public ToastyProperties {
        schema = schema == null ? "none" : schema;
        if (!schema.equals("none") && !schema.equals("create")) {
            throw new IllegalArgumentException("toasty.schema: must be none or create, was '" + schema + "'");
        }
    }
}
