package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.suite.models.Account;
import dev.toasty.suite.models.Product;
import dev.toasty.suite.models.Product_;
import dev.toasty.suite.models.Team;
import dev.toasty.suite.models.Team_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BadInputTest {

    private static final List<String> HOSTILE = List.of(
            "' OR 1=1 --",
            "\"; DROP TABLE users; --",
            "Robert'); DROP TABLE users;--",
            "a'b\"c;d`e",
            "''''",
            "\\'; SELECT * FROM users WHERE ''='",
            "x\" OR \"\"=\"",
            "1; DELETE FROM users",
            "/* comment */ -- ;");

    @DriverTest
    void nullInARequiredFieldIsRefusedBeforeAnyStatement(Toasty db, Recorder recorder) {
        assertThatThrownBy(() -> db.insert(User.of(null, "nobody@x", 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.name");
        assertThat(recorder.statements()).as("statements sent").isEmpty();
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    void oneNullRequiredFieldRejectsTheWholeBatch(Toasty db, Recorder recorder) {
        assertThatThrownBy(() -> db.insertAll(List.of(User.of("A", "a@x", 1), User.of("B", "b@x", 2), User.of(null, "c@x", 3))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.name");
        assertThat(recorder.statements()).as("statements sent").isEmpty();
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    void updateToNullInARequiredFieldIsRefused(Toasty db, Recorder recorder) {
        User alice = db.insert(User.of("Alice", "alice@x", 30));
        recorder.clear();
        assertThatThrownBy(() -> db.update(alice.withName(null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.name");
        assertThatThrownBy(() -> db.update(User.class).set(User_.name, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.name");
        assertThat(recorder.statements()).as("statements sent").isEmpty();
        assertThat(db.get(User.class, alice.id()).name()).isEqualTo("Alice");
    }

    @DriverTest
    void nullInAGivenKeyOrAnotherRequiredFieldIsRefused(Toasty db, Recorder recorder) {
        assertThatThrownBy(() -> db.insert(new Team(null, 1, "Core"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Team.code");
        assertThatThrownBy(() -> db.insert(new Product(null, null, BigDecimal.ONE, "S"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Product.name");
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void aNullRecordIsRefused(Toasty db, Recorder recorder) {
        assertThatThrownBy(() -> db.insert(null)).isInstanceOf(IllegalArgumentException.class);
        List<User> withNull = new java.util.ArrayList<>();
        withNull.add(User.of("A", "a@x", 1));
        withNull.add(null);
        assertThatThrownBy(() -> db.insertAll(withNull)).isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void hostileStringsAreStoredVerbatimAndFoundByEquality(Toasty db) {
        for (int i = 0; i < HOSTILE.size(); i++) {
            db.insert(User.of(HOSTILE.get(i), "hostile" + i + "@x", i));
        }
        assertThat(db.query(User.class).count()).isEqualTo(HOSTILE.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            List<User> found = db.query(User.class).where(User_.name.eq(text)).list();
            assertThat(found).as(text).hasSize(1);
            assertThat(found.get(0).name()).isEqualTo(text);
            assertThat(found.get(0).age()).isEqualTo(i);
        }
        assertThat(db.query(User.class).where(User_.name.eq("' OR 1=1 --")).count()).isEqualTo(1);
        assertThat(db.query(User.class).where(User_.name.eq("' OR '1'='1")).exists()).isFalse();
    }

    @DriverTest
    void hostileStringsInEveryKindOfStatementLeaveTheTableIntact(Toasty db) {
        User victim = db.insert(User.of("victim", "victim@x", 1));
        String drop = "\"; DROP TABLE users; --";
        db.update(User.class).set(User_.name, drop).where(User_.email.eq("x' OR '1'='1")).execute();
        db.delete(User.class).where(User_.name.eq(drop).or(User_.email.eq("'; DELETE FROM users; --"))).execute();
        assertThat(db.query(User.class).where(User_.name.contains("'; DROP")).list()).isEmpty();
        assertThat(db.query(User.class).where(User_.email.in("' OR 1=1 --", drop)).list()).isEmpty();
        db.update(victim.withName(drop));
        assertThat(db.get(User.class, victim.id()).name()).isEqualTo(drop);
        assertThat(db.query(User.class).where(User_.name.contains("DROP TABLE")).count()).isEqualTo(1);
        assertThat(db.query(User.class).count()).isEqualTo(1);
    }

    @DriverTest
    void wildcardsAndUnicodeAreStoredVerbatim(Toasty db) {
        List<String> texts = List.of("100% _done_", "back\\slash", "tab\tand\nnewline", "Zoë 😀 名前", "[a-z]*?");
        for (int i = 0; i < texts.size(); i++) {
            db.insert(User.of(texts.get(i), "text" + i + "@x", i));
        }
        for (String text : texts) {
            assertThat(db.query(User.class).where(User_.name.eq(text)).one().name()).isEqualTo(text);
        }
        assertThat(db.query(User.class).where(User_.name.contains("%")).list()).extracting(User::name)
                .containsExactly("100% _done_");
        assertThat(db.query(User.class).where(User_.name.contains("*?")).list()).extracting(User::name)
                .containsExactly("[a-z]*?");
    }

    @DriverTest
    void duplicateUniqueEmailNamesTheFieldButNotTheValue(Toasty db) {
        db.insert(User.of("Alice", "secret-address@example.com", 30));
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> db.insert(User.of("Mallory", "secret-address@example.com", 31)));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("email");
        assertThat(e.model()).isEqualTo("User");
        assertThat(e.getMessage()).contains("User.email").doesNotContain("secret-address");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getName()).doesNotContain("secret-address");
        }
        assertThat(db.query(User.class).count()).isEqualTo(1);
    }

    @DriverTest
    void insertAllWithOneDuplicateOfAnExistingRowWritesNothing(Toasty db) {
        db.insert(User.of("Existing", "taken@x", 1));
        List<User> batch = List.of(User.of("A", "a@x", 1), User.of("B", "b@x", 2), User.of("C", "taken@x", 3));
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class, () -> db.insertAll(batch));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("email");
        assertThat(db.query(User.class).list()).extracting(User::name).containsExactly("Existing");
    }

    @DriverTest
    @Requires("nativeSql")
    void aDuplicateInALaterChunkOfABigBatchWritesNothing(Toasty db, Recorder recorder) {
        List<User> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 11_000; i++) {
            batch.add(User.of("bulk", "bulk" + i + "@x", i));
        }
        batch.add(User.of("late duplicate", "bulk0@x", -1));
        assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(UniqueViolationException.class);
        assertThat(recorder.count("INSERT")).as("statements of the chunked batch").isGreaterThanOrEqualTo(2);
        assertThat(db.query(User.class).count()).isZero();
    }

    /**
     * DynamoDB writes a batch in one TransactWriteItems of at most 100 actions (an item and its unique side
     * items): a bigger batch is refused before anything is written, one at the limit is all or nothing.
     */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void aBatchOverTheAtomicWriteLimitIsRefusedAndWritesNothing(Toasty db, Recorder recorder) {
        List<User> fifty = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(User.of("bulk", "bulk" + i + "@x", i));
        }
        List<User> fiftyOne = new java.util.ArrayList<>(fifty);
        fiftyOne.add(User.of("one more", "more@x", 50));
        assertThatThrownBy(() -> db.insertAll(fiftyOne)).isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("at most 100 actions").hasMessageContaining("102 actions");
        List<User> withoutEmail = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            withoutEmail.add(User.of("plain", null, i));
        }
        assertThatThrownBy(() -> db.insertAll(withoutEmail)).isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("at most 100 actions");
        assertThat(recorder.count("TransactWriteItems")).isZero();
        assertThat(db.query(User.class).count()).isZero();

        db.insert(User.of("taken", "taken@x", -1));
        List<User> lateDuplicate = new java.util.ArrayList<>(fifty.subList(0, 49));
        lateDuplicate.add(User.of("late duplicate", "taken@x", 49));
        assertThatThrownBy(() -> db.insertAll(lateDuplicate)).isInstanceOf(UniqueViolationException.class);
        assertThat(db.query(User.class).count()).isEqualTo(1);
        assertThat(db.insertAll(fifty)).hasSize(50);
        assertThat(db.query(User.class).count()).isEqualTo(51);
    }

    @DriverTest
    void insertAllWhoseRowsDuplicateEachOtherWritesNothing(Toasty db) {
        List<User> batch = List.of(User.of("A", "dup@x", 1), User.of("B", "b@x", 2), User.of("C", "dup@x", 3));
        assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(UniqueViolationException.class);
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    void duplicateOfACustomColumnNamesTheField(Toasty db) {
        db.insert(new Product(null, "Pen", new BigDecimal("1.50"), "SKU-1"));
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> db.insert(new Product(null, "Pencil", new BigDecimal("0.50"), "SKU-1")));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("sku");
        assertThat(e.model()).isEqualTo("Product");
        assertThat(e.getMessage()).contains("Product.sku").doesNotContain("SKU-1");
        assertThat(db.query(Product.class).where(Product_.sku.eq("SKU-1")).list()).extracting(Product::name).containsExactly("Pen");
    }

    @DriverTest
    void duplicateOfAUniqueCompositeIndexNamesBothFields(Toasty db) {
        db.insert(new Team("core", 1, "Core"));
        db.insert(new Team("core-2", 2, "Core"));
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> db.insert(new Team("other", 1, "Core")));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactlyInAnyOrder("orgId", "name");
        assertThat(e.getMessage()).contains("Team.orgId").contains("Team.name");
        assertThat(db.query(Team.class).where(Team_.orgId.eq(1L)).count()).isEqualTo(1);
    }

    @DriverTest
    void duplicateGivenPrimaryKeyIsAUniqueViolation(Toasty db) {
        db.insert(new Team("core", 1, "Core"));
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> db.insert(new Team("core", 2, "Other")));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("code");
        assertThat(e.model()).isEqualTo("Team");
        assertThat(db.get(Team.class, "core").name()).isEqualTo("Core");
    }

    @DriverTest
    void duplicateGivenIdentityKeyIsAUniqueViolation(Toasty db) {
        db.insert(new User(500L, "First", "first@x", 1, null, null, true));
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> db.insert(new User(500L, "Second", "second@x", 2, null, null, true)));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("id");
        assertThat(db.get(User.class, 500L).name()).isEqualTo("First");
    }

    @DriverTest
    void updateIntoADuplicateEmailLeavesTheRowUnchanged(Toasty db) {
        db.insert(User.of("Alice", "alice@x", 30));
        User bob = db.insert(User.of("Bob", "bob@x", 40));
        User clash = new User(bob.id(), "Robert", "alice@x", 41, null, null, false);
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class, () -> db.update(clash));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("email");
        assertThat(e.getMessage()).doesNotContain("alice@x");
        assertThat(db.get(User.class, bob.id())).isEqualTo(bob);
    }

    @DriverTest
    void updateQueryIntoADuplicateEmailChangesNothing(Toasty db) {
        db.insert(User.of("Alice", "alice@x", 30));
        User bob = db.insert(User.of("Bob", "bob@x", 40));
        assertThatThrownBy(() -> db.update(User.class).set(User_.email, "alice@x").where(User_.id.eq(bob.id())).execute())
                .isInstanceOf(UniqueViolationException.class);
        assertThat(db.get(User.class, bob.id()).email()).isEqualTo("bob@x");
    }

    @DriverTest
    void duplicateLoginOfAPlainClassModel(Toasty db) {
        db.insert(new Account("ann", 100));
        Account second = new Account("ann", 5);
        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class, () -> db.insert(second));
        assertThat(e).isNotNull();
        assertThat(e.fields()).containsExactly("login");
        assertThat(e.model()).isEqualTo("Account");
        assertThat(e.getMessage()).contains("Account.login");
        assertThat(second.getId()).isZero();
        assertThat(db.query(Account.class).count()).isEqualTo(1);
    }

    @DriverTest
    void nullsDoNotCollideInAUniqueField(Toasty db) {
        db.insertAll(List.of(User.of("A", null, 1), User.of("B", null, 2)));
        assertThat(db.query(User.class).where(User_.email.isNull()).count()).isEqualTo(2);
    }
}
