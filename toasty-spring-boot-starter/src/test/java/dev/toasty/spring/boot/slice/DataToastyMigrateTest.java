package dev.toasty.spring.boot.slice;

import dev.toasty.Toasty;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.spring.boot.MigrationStartup;
import dev.toasty.spring.boot.test.DataToastyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DataToastyTest(schema = "migrate")}: the slice's database gets its schema from the migrations. */
@DataToastyTest(schema = "migrate", properties = "toasty.migrations.location=classpath:slice-migrations")
class DataToastyMigrateTest {

    @Autowired
    Toasty db;

    @Autowired
    MigrationStartup migrations;

    @Test
    void theMigrationsMadeTheSchema() {
        assertThat(migrations.result().applied()).extracting(MigrationInfo::version).containsExactly("1");
        assertThat(db.schemaDifferences()).isEmpty();
        db.insert(new Note(null, "in a migrated table"));
        assertThat(db.query(Note.class).count()).isEqualTo(1);
    }
}
