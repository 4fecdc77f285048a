package dev.toasty.spring.boot;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The other database initializers of the application (Flyway, Liquibase, SQL scripts), which run before Toasty. */
final class DatabaseInitializers {

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("org.flywaydb.core.Flyway", "Flyway");
        TYPES.put("liquibase.integration.spring.SpringLiquibase", "Liquibase");
        TYPES.put("org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer", "spring.sql.init");
    }

    private DatabaseInitializers() {
    }

    /** The names of those with a bean in {@code beanFactory}, in the order Boot runs them; empty without a factory. */
    static List<String> in(BeanFactory beanFactory) {
        List<String> found = new ArrayList<>();
        if (!(beanFactory instanceof ListableBeanFactory beans)) {
            return found;
        }
        ClassLoader loader = DatabaseInitializers.class.getClassLoader();
        TYPES.forEach((type, name) -> {
            if (ClassUtils.isPresent(type, loader)
                    && beans.getBeanNamesForType(ClassUtils.resolveClassName(type, loader), true, false).length > 0) {
                found.add(name);
            }
        });
        return found;
    }
}
