package dev.toasty.suite;

import dev.toasty.RecordNotFoundException;
import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.event.StatementEvent;
import dev.toasty.suite.models.Account;
import dev.toasty.suite.models.Vet;
import dev.toasty.suite.models.Vet_;
import dev.toasty.suite.models.Document;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Product;
import dev.toasty.suite.models.Product_;
import dev.toasty.suite.models.Team;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrudTest {

    @DriverTest
    void insertReturnsTheRecordWithItsGeneratedKey(Toasty db) {
        User alice = db.insert(User.of("Alice", "alice@example.com", 30));
        assertThat(alice.id()).isNotNull().isPositive();
        assertThat(alice.name()).isEqualTo("Alice");
        User bob = db.insert(User.of("Bob", "bob@example.com", 40));
        assertThat(bob.id()).isGreaterThan(alice.id());
    }

    @DriverTest
    void getByKeyReadsEveryField(Toasty db) {
        User alice = db.insert(User.of("Alice", "alice@example.com", 30));
        assertThat(db.get(User.class, alice.id())).isEqualTo(alice);
    }

    @DriverTest
    void getAcceptsAnIntForALongKey(Toasty db) {
        User alice = db.insert(User.of("Alice", "alice@example.com", 30));
        assertThat(db.get(User.class, alice.id().intValue()).name()).isEqualTo("Alice");
    }

    @DriverTest
    void getOfAMissingKeyThrowsRecordNotFound(Toasty db) {
        assertThatThrownBy(() -> db.get(User.class, 424242L)).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining("User");
    }

    @DriverTest
    void findOfAMissingKeyIsEmpty(Toasty db) {
        assertThat(db.find(User.class, 424242L)).isEmpty();
    }

    @DriverTest
    @Requires("nativeSql")
    void insertAllReturnsKeysInOrderWithOneStatement(Toasty db, Recorder recorder) {
        List<User> users = db.insertAll(List.of(User.of("A", "a@x", 1), User.of("B", "b@x", 2), User.of("C", "c@x", 3)));
        assertThat(users).extracting(User::name).containsExactly("A", "B", "C");
        assertThat(users.get(0).id()).isLessThan(users.get(1).id());
        assertThat(users.get(1).id()).isLessThan(users.get(2).id());
        assertThat(recorder.count("INSERT")).isEqualTo(1);
        for (User u : users) {
            assertThat(db.get(User.class, u.id()).name()).isEqualTo(u.name());
        }
    }

    /** On DynamoDB a batch reserves its keys with one counter UpdateItem and writes in one TransactWriteItems. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void insertAllReturnsKeysInOrderWithOneWrite(Toasty db, Recorder recorder) {
        List<User> users = db.insertAll(List.of(User.of("A", "a@x", 1), User.of("B", "b@x", 2), User.of("C", "c@x", 3)));
        assertThat(users).extracting(User::name).containsExactly("A", "B", "C");
        assertThat(users.get(0).id()).isLessThan(users.get(1).id());
        assertThat(users.get(1).id()).isLessThan(users.get(2).id());
        assertThat(recorder.statements()).extracting(StatementEvent::operation).containsExactly("UpdateItem", "TransactWriteItems");
        for (User u : users) {
            assertThat(db.get(User.class, u.id()).name()).isEqualTo(u.name());
        }
    }

    @DriverTest
    void insertAllOfNothingRunsNoStatement(Toasty db, Recorder recorder) {
        assertThat(db.insertAll(List.<User>of())).isEmpty();
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void findByUniqueField(Toasty db) {
        db.insert(User.of("Alice", "alice@example.com", 30));
        assertThat(db.findBy(User_.email, "alice@example.com")).map(User::name).contains("Alice");
        assertThat(db.findBy(User_.email, "nobody@example.com")).isEmpty();
    }

    @DriverTest
    void findByANonUniqueFieldIsRefused(Toasty db) {
        assertThatThrownBy(() -> db.findBy(User_.name, "Alice")).isInstanceOf(dev.toasty.SchemaException.class)
                .hasMessageContaining("User.name").hasMessageContaining("@Unique");
    }

    @DriverTest
    void compositeKeyInsertAndFind(Toasty db) {
        db.insert(new Membership(1, 2, "owner", LocalDate.of(2024, 2, 29)));
        db.insert(new Membership(1, 3, "member", null));
        assertThat(db.get(Membership.class, 1L, 2L).role()).isEqualTo("owner");
        assertThat(db.find(Membership.class, 2L, 1L)).isEmpty();
    }

    @DriverTest
    void compositeKeyWithTooFewPartsIsRefused(Toasty db) {
        assertThatThrownBy(() -> db.find(Membership.class, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orgId").hasMessageContaining("userId");
    }

    @DriverTest
    void uuidAutoKeyIsAVersion7Uuid(Toasty db) {
        Document doc = db.insert(new Document(null, "Spec", new byte[]{1, 2, 3}));
        assertThat(doc.id()).isNotNull();
        assertThat(doc.id().version()).isEqualTo(7);
        Document read = db.get(Document.class, doc.id());
        assertThat(read.title()).isEqualTo("Spec");
        assertThat(read.body()).containsExactly(1, 2, 3);
    }

    @DriverTest
    void givenUuidKeyIsKept(Toasty db) {
        UUID id = UUID.randomUUID();
        assertThat(db.insert(new Document(id, "Given", null)).id()).isEqualTo(id);
        assertThat(db.get(Document.class, id).title()).isEqualTo("Given");
    }

    @DriverTest
    void givenIdentityKeyIsKept(Toasty db) {
        User u = db.insert(new User(777L, "Seven", "seven@x", 7, null, null, true));
        assertThat(u.id()).isEqualTo(777L);
        assertThat(db.get(User.class, 777L).name()).isEqualTo("Seven");
    }

    @DriverTest
    void plainClassModelRoundTripsAndGetsItsKeySet(Toasty db) {
        Account account = new Account("ann", 100);
        Account saved = db.insert(account);
        assertThat(saved).isSameAs(account);
        assertThat(account.getId()).isPositive();
        Account read = db.get(Account.class, account.getId());
        assertThat(read.getLogin()).isEqualTo("ann");
        assertThat(read.getBalance()).isEqualTo(100);
    }

    @DriverTest
    void fieldsInheritedFromSuperclassesAreStored(Toasty db) {
        Vet vet = db.insert(new Vet("James", "Carter", "radiology"));
        assertThat(vet.getId()).isNotNull();
        assertThat(vet.isNew()).isFalse();
        Vet read = db.get(Vet.class, vet.getId());
        assertThat(read.getId()).isEqualTo(vet.getId());
        assertThat(read.getFirstName()).isEqualTo("James");
        assertThat(read.getLastName()).isEqualTo("Carter");
        assertThat(read.getSpecialty()).isEqualTo("radiology");

        read.setLastName("Carter-Smith");
        db.update(read);
        assertThat(db.query(Vet.class).allowScan().where(Vet_.lastName.eq("Carter-Smith")).one().getId()).isEqualTo(vet.getId());
        assertThatThrownBy(() -> db.insert(new Vet(null, "Nobody", "none"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Vet.firstName");
    }

    @DriverTest
    void updateOfAPlainClassInstance(Toasty db) {
        Account account = db.insert(new Account("ann", 100));
        account.setBalance(250);
        db.update(account);
        assertThat(db.get(Account.class, account.getId()).getBalance()).isEqualTo(250);
    }

    @DriverTest
    void updateOfAnInstanceWritesEveryField(Toasty db) {
        User alice = db.insert(User.of("Alice", "alice@example.com", 30));
        db.update(alice.withName("Alicia").withActive(false));
        User read = db.get(User.class, alice.id());
        assertThat(read.name()).isEqualTo("Alicia");
        assertThat(read.active()).isFalse();
    }

    @DriverTest
    void updateOfADeletedInstanceThrowsRecordNotFound(Toasty db) {
        User alice = db.insert(User.of("Alice", "alice@example.com", 30));
        db.delete(alice);
        assertThatThrownBy(() -> db.update(alice.withName("Ghost"))).isInstanceOf(RecordNotFoundException.class);
    }

    @DriverTest
    void updateByQueryReturnsTheCount(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@x", 10), User.of("B", "b@x", 20), User.of("C", "c@x", 30)));
        long n = db.update(User.class).set(User_.name, "Adult").where(User_.age.ge(20)).execute();
        assertThat(n).isEqualTo(2);
        assertThat(db.query(User.class).where(User_.name.eq("Adult")).count()).isEqualTo(2);
        assertThat(db.query(User.class).where(User_.name.eq("A")).count()).isEqualTo(1);
    }

    @DriverTest
    void updateByQueryCanSetNull(Toasty db) {
        db.insert(User.of("A", "a@x", 10));
        assertThat(db.update(User.class).set(User_.age, null).where(User_.name.eq("A")).execute()).isEqualTo(1);
        assertThat(db.query(User.class).one().age()).isNull();
    }

    @DriverTest
    void updateWithoutWhereIsRefusedUnlessAll(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@x", 10), User.of("B", "b@x", 20)));
        assertThatThrownBy(() -> db.update(User.class).set(User_.active, false).execute())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("all()");
        assertThat(db.update(User.class).set(User_.active, false).all().execute()).isEqualTo(2);
        assertThat(db.query(User.class).where(User_.active.isTrue()).count()).isZero();
    }

    @DriverTest
    void aFilterThatMatchesEverythingCountsAsNoFilter(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@x", 10), User.of("B", "b@x", 20)));
        assertThatThrownBy(() -> db.delete(User.class).where(dev.toasty.query.Filter.always()).execute())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("all()");
        assertThatThrownBy(() -> db.update(User.class).set(User_.active, false)
                .where(dev.toasty.query.Filter.all(null, null)).execute()).isInstanceOf(IllegalStateException.class);
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    @DriverTest
    void generatedKeysContinueAfterExplicitOnes(Toasty db) {
        db.insert(new User(500L, "Given", "given@x", 1, null, null, true));
        db.insertAll(List.of(new User(501L, "Given2", "given2@x", 1, null, null, true)));
        User generated = db.insert(User.of("Generated", "gen@x", 2));
        assertThat(generated.id()).isGreaterThan(501L);
    }

    @DriverTest
    void deleteOfAnInstance(Toasty db) {
        User alice = db.insert(User.of("Alice", "alice@example.com", 30));
        User bob = db.insert(User.of("Bob", "bob@example.com", 30));
        assertThat(db.delete(alice)).isTrue();
        assertThat(db.delete(alice)).isFalse();
        assertThat(db.find(User.class, alice.id())).isEmpty();
        assertThat(db.find(User.class, bob.id())).isPresent();
    }

    @DriverTest
    void deleteByQueryReturnsTheCount(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@x", 10), User.of("B", "b@x", 20), User.of("C", "c@x", 30)));
        assertThat(db.delete(User.class).where(User_.age.lt(25)).execute()).isEqualTo(2);
        assertThat(db.query(User.class).list()).extracting(User::name).containsExactly("C");
    }

    @DriverTest
    void deleteWithoutWhereIsRefusedUnlessAll(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@x", 10), User.of("B", "b@x", 20)));
        assertThatThrownBy(() -> db.delete(User.class).execute()).isInstanceOf(IllegalStateException.class);
        assertThat(db.query(User.class).count()).isEqualTo(2);
        assertThat(db.delete(User.class).all().execute()).isEqualTo(2);
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("nativeSql")
    void customTableAndColumnNamesAreUsed(Toasty db, Recorder recorder) {
        Product p = db.insert(new Product(null, "Pen", new BigDecimal("1.50"), "SKU-1"));
        assertThat(recorder.statements().get(0).sql()).contains("catalog_products").contains("sku_code");
        assertThat(db.get(Product.class, p.id()).sku()).isEqualTo("SKU-1");
    }

    /** On DynamoDB the custom table name is the table's, and the custom column name the attribute's and its unique index's. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void customTableAndAttributeNamesAreUsed(Toasty db, Recorder recorder) {
        Product p = db.insert(new Product(null, "Pen", new BigDecimal("1.50"), "SKU-1"));
        assertThat(recorder.statements()).extracting(StatementEvent::sql)
                .containsExactly("UpdateItem toasty_meta counter of catalog_products", "TransactWriteItems catalog_products put 1");
        recorder.clear();
        assertThat(db.query(Product.class).where(Product_.sku.startsWith("SKU")).list())
                .extracting(Product::id).containsExactly(p.id());
        assertThat(recorder.statements()).singleElement()
                .satisfies(e -> assertThat(e.sql()).contains("catalog_products").contains("sku_code"));
        recorder.clear();
        assertThat(db.findBy(Product_.sku, "SKU-1")).map(Product::name).contains("Pen");
        assertThat(recorder.statements()).isNotEmpty().allSatisfy(e -> assertThat(e.sql()).contains("catalog_products_sku_code"));
        assertThat(db.get(Product.class, p.id()).sku()).isEqualTo("SKU-1");
    }

    @DriverTest
    void stringKeyGivenByTheCaller(Toasty db) {
        db.insert(new Team("core", 1, "Core"));
        assertThat(db.get(Team.class, "core").name()).isEqualTo("Core");
    }

    @DriverTest
    void pushSchemaTwiceKeepsRows(Toasty db) {
        db.insert(User.of("Alice", "alice@example.com", 30));
        db.pushSchema();
        assertThat(db.query(User.class).count()).isEqualTo(1);
    }

    @DriverTest
    void dropSchemaRemovesTheTables(Toasty db) {
        db.insert(User.of("Alice", "alice@example.com", 30));
        db.dropSchema();
        assertThatThrownBy(() -> db.query(User.class).count()).isInstanceOf(dev.toasty.QueryException.class);
        db.pushSchema();
        assertThat(db.query(User.class).count()).isZero();
    }
}
