package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.suite.models.Customer;
import dev.toasty.suite.models.Customer_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model with two unique fields: each is enforced on its own, on insert, update and delete, and a
 * refused write leaves nothing behind. (On DynamoDB each unique value is a side item written in the
 * same transaction as the item.)
 */
class UniqueFieldsTest {

    private static Customer ann(Toasty db) {
        return db.insert(new Customer(null, "Ann", "ann@x", "+111"));
    }

    @DriverTest
    void eachUniqueFieldRefusesADuplicateOnInsert(Toasty db) {
        ann(db);
        assertThatThrownBy(() -> db.insert(new Customer(null, "Eve", "ann@x", "+999")))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e.fields()).containsExactly("email"));
        assertThatThrownBy(() -> db.insert(new Customer(null, "Eve", "eve@x", "+111")))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e.fields()).containsExactly("phone"));
        assertThat(db.query(Customer.class).count()).isEqualTo(1);
        assertThat(db.findBy(Customer_.phone, "+999")).isEmpty();
        assertThat(db.findBy(Customer_.email, "eve@x")).isEmpty();
    }

    @DriverTest
    void bothUniqueFieldsFindTheirRecord(Toasty db) {
        Customer ann = ann(db);
        db.insert(new Customer(null, "Bob", "bob@x", "+222"));
        assertThat(db.findBy(Customer_.email, "ann@x")).contains(ann);
        assertThat(db.findBy(Customer_.phone, "+111")).contains(ann);
        assertThat(db.findBy(Customer_.phone, "+333")).isEmpty();
    }

    @DriverTest
    void nullsNeverClash(Toasty db) {
        db.insert(new Customer(null, "Ann", null, null));
        db.insert(new Customer(null, "Bob", null, null));
        assertThat(db.query(Customer.class).count()).isEqualTo(2);
    }

    @DriverTest
    void aDuplicateInsideInsertAllWritesNothing(Toasty db) {
        ann(db);
        assertThatThrownBy(() -> db.insertAll(List.of(new Customer(null, "Bob", "bob@x", "+222"),
                new Customer(null, "Cid", "cid@x", "+111")))).isInstanceOf(UniqueViolationException.class);
        assertThatThrownBy(() -> db.insertAll(List.of(new Customer(null, "Bob", "bob@x", "+222"),
                new Customer(null, "Cid", "bob@x", "+333")))).isInstanceOf(UniqueViolationException.class);
        assertThat(db.query(Customer.class).count()).isEqualTo(1);
        assertThat(db.findBy(Customer_.email, "bob@x")).isEmpty();
        assertThat(db.findBy(Customer_.phone, "+222")).isEmpty();
    }

    @DriverTest
    void updatingAUniqueFieldFreesTheOldValueAndClaimsTheNew(Toasty db) {
        Customer ann = ann(db);
        db.update(ann.withEmail("ann@new"));
        assertThat(db.findBy(Customer_.email, "ann@new")).contains(ann.withEmail("ann@new"));
        assertThat(db.findBy(Customer_.email, "ann@x")).isEmpty();
        Customer eve = db.insert(new Customer(null, "Eve", "ann@x", "+999"));
        assertThat(db.findBy(Customer_.email, "ann@x")).contains(eve);
        assertThat(db.findBy(Customer_.phone, "+111")).contains(ann.withEmail("ann@new"));
    }

    @DriverTest
    void anUpdateToATakenValueIsRefusedAndChangesNothing(Toasty db) {
        Customer ann = ann(db);
        Customer bob = db.insert(new Customer(null, "Bob", "bob@x", "+222"));
        assertThatThrownBy(() -> db.update(bob.withPhone("+111").withEmail("bob@new")))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e.fields()).containsExactly("phone"));
        assertThat(db.get(Customer.class, bob.id())).isEqualTo(bob);
        assertThat(db.findBy(Customer_.email, "bob@new")).isEmpty();
        assertThat(db.findBy(Customer_.phone, "+111")).contains(ann);
    }

    @DriverTest
    void anUpdateByFilterMovesUniqueValues(Toasty db) {
        Customer ann = ann(db);
        long changed = db.update(Customer.class).set(Customer_.phone, "+555").where(Customer_.email.eq("ann@x")).execute();
        assertThat(changed).isEqualTo(1);
        assertThat(db.findBy(Customer_.phone, "+555")).contains(ann.withPhone("+555"));
        assertThat(db.findBy(Customer_.phone, "+111")).isEmpty();
    }

    @DriverTest
    void deletingFreesEveryUniqueValue(Toasty db) {
        Customer ann = ann(db);
        assertThat(db.delete(ann)).isTrue();
        assertThat(db.delete(ann)).isFalse();
        Customer again = db.insert(new Customer(null, "Ann again", "ann@x", "+111"));
        assertThat(db.findBy(Customer_.email, "ann@x")).contains(again);
        assertThat(db.findBy(Customer_.phone, "+111")).contains(again);
    }

    @DriverTest
    void settingAUniqueFieldToNullFreesItsValue(Toasty db) {
        Customer ann = ann(db);
        db.update(ann.withPhone(null));
        Customer bob = db.insert(new Customer(null, "Bob", "bob@x", "+111"));
        assertThat(db.findBy(Customer_.phone, "+111")).contains(bob);
        assertThat(db.get(Customer.class, ann.id()).phone()).isNull();
    }

    @DriverTest
    void aUniqueValueBesideAConditionOnTheKeyAsksWhetherSomeoneElseHoldsIt(Toasty db) {
        Customer ann = ann(db);
        Customer bob = db.insert(new Customer(null, "Bob", "bob@x", "+222"));
        assertThat(db.query(Customer.class).where(Customer_.email.eq("ann@x").and(Customer_.id.ne(ann.id()))).exists()).isFalse();
        assertThat(db.query(Customer.class).where(Customer_.email.eq("ann@x").and(Customer_.id.ne(bob.id()))).exists()).isTrue();
    }

    @DriverTest
    void anUpdateGivingTwoRecordsOneUniqueValueIsRefusedAndChangesNothing(Toasty db) {
        ann(db);
        db.insert(new Customer(null, "Bob", "bob@x", "+222"));
        assertThatThrownBy(() -> db.update(Customer.class).set(Customer_.email, "same@x").where(Customer_.name.in("Ann", "Bob")).execute())
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e.fields()).containsExactly("email"));
        assertThat(db.findBy(Customer_.email, "same@x")).isEmpty();
        assertThat(db.findBy(Customer_.email, "ann@x")).isPresent();
        assertThat(db.findBy(Customer_.email, "bob@x")).isPresent();
    }
}
