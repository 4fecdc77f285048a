package dev.toasty.suite.integrity;

import dev.toasty.SchemaException;
import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.CreatedAt;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.Signup;
import jakarta.validation.groups.Default;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bean Validation before writes (nothing of a failing batch written) and audit stamps, on every backend. */
class ValidationAndAuditingTest {

    @DriverTest
    void everyViolationOfEveryRecordIsListedAndNothingIsWritten(Toasty db) {
        assertThatThrownBy(() -> db.insertAll(List.of(Signup.of("ann", "ann@example.com", 30),
                Signup.of(" ", "not-an-email", 200))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("3 constraint violation(s), nothing was written")
                .hasMessageContaining("Signup (record 1 of the list).age: must be less than or equal to 150")
                .hasMessageContaining("Signup (record 1 of the list).email: must be a well-formed email address")
                .hasMessageContaining("Signup (record 1 of the list).name: must not be blank");
        assertThat(db.query(Signup.class).count()).isZero();
    }

    @DriverTest
    void anUpdateIsValidatedToo(Toasty db) {
        Signup ann = db.insert(Signup.of("ann", "ann@example.com", 30));
        assertThatThrownBy(() -> db.update(ann.withName("a name far longer than twenty")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Signup.name: size must be between 0 and 20");
        assertThat(db.get(Signup.class, ann.id()).name()).isEqualTo("ann");
    }

    @DriverTest
    void validationCanBeTurnedOff(Backend backend) {
        try (Toasty db = backend.open(b -> b.validation(false).allowScans(true))) {
            db.pushSchema();
            assertThat(db.insert(Signup.of("x", "not-an-email", 1)).id()).isNotNull();
        }
    }

    @DriverTest
    void onlyTheGroupsAskedForAreChecked(Backend backend) {
        try (Toasty db = backend.open(b -> b.validationGroups(Strict.class).allowScans(true))) {
            db.pushSchema();
            assertThat(db.insert(Signup.of("x", "not-an-email", 1)).id()).as("Default is not among the groups").isNotNull();
        }
        try (Toasty db = backend.open(b -> b.validationGroups(Default.class).allowScans(true))) {
            db.pushSchema();
            assertThatThrownBy(() -> db.insert(Signup.of("x", "not-an-email", 1))).isInstanceOf(ValidationException.class);
        }
    }

    interface Strict {
    }

    @DriverTest
    void stampsAreSetOnInsertAndTheUpdatedOnesOnUpdate(Backend backend) {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-02T03:04:05.678Z"));
        AtomicReference<String> who = new AtomicReference<>("alice");
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (Toasty db = backend.open(b -> b.clock(clock).auditor(who::get).allowScans(true))) {
            db.pushSchema();
            Signup ann = db.insert(Signup.of("ann", "ann@example.com", 30));
            assertThat(ann.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
            assertThat(ann.updatedAt()).isEqualTo(LocalDateTime.parse("2026-01-02T03:04:05.678"));
            assertThat(ann.createdBy()).isEqualTo("alice");
            assertThat(db.get(Signup.class, ann.id())).as("stored exactly as returned").isEqualTo(ann);

            now.set(Instant.parse("2026-02-03T04:05:06.789123456Z"));
            who.set("bob");
            Signup renamed = db.update(ann.withName("anna"));
            Signup read = db.get(Signup.class, ann.id());
            assertThat(read).isEqualTo(renamed);
            assertThat(read.createdAt()).as("an update never writes the created stamp").isEqualTo(ann.createdAt());
            assertThat(read.createdBy()).isEqualTo("alice");
            assertThat(read.updatedAt()).as("cut to milliseconds").isEqualTo(LocalDateTime.parse("2026-02-03T04:05:06.789"));
            assertThat(read.updatedBy()).isEqualTo("bob");

            Signup forged = new Signup(ann.id(), "anna", null, null, null, null, null, null);
            db.update(forged);
            assertThat(db.get(Signup.class, ann.id()).createdAt()).as("a record built without it keeps it")
                    .isEqualTo(ann.createdAt());
        }
    }

    @Model
    record BadStamp(@Key @Auto Long id, @CreatedAt String when) {
    }

    @DriverTest
    @Requires("nativeSql")
    void aStampOfTheWrongTypeFailsTheBuildNamingIt(Backend backend) {
        assertThatThrownBy(() -> Toasty.builder().url("sqlite::memory:").models(BadStamp.class).build())
                .isInstanceOf(SchemaException.class).hasMessageContaining("BadStamp.when").hasMessageContaining("String");
    }
}
