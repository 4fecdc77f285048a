package dev.toasty.spring.boot.audit;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import dev.toasty.spring.boot.ToastyDataSourceAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter hands the AuditorAware and Clock beans to Toasty: Spring Data's audit annotations are filled in. */
class AuditingTest {

    @TempDir
    Path dir;

    @Test
    void theAuditorAwareBeanAndTheClockBeanStampTheRecords() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToastyDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
                        ToastyAutoConfiguration.class))
                .withUserConfiguration(AuditApp.class)
                .withPropertyValues("toasty.url=sqlite:" + dir.resolve("audit.db"), "toasty.schema=create")
                .run(context -> {
                    Toasty db = context.getBean(Toasty.class);
                    AuditApp.USER.set("alice");
                    Memo memo = db.insert(Memo.of("hello"));
                    AuditApp.USER.set("bob");
                    Memo edited = db.update(memo.withText("hello again"));
                    AuditApp.USER.set(null);

                    Memo read = db.get(Memo.class, memo.id());
                    assertThat(read).isEqualTo(edited);
                    assertThat(read.createdBy()).isEqualTo("alice");
                    assertThat(read.modifiedBy()).isEqualTo("bob");
                    assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-05-06T07:08:09.123Z"));
                    assertThat(read.modifiedAt()).isEqualTo(read.createdAt());
                });
    }
}
