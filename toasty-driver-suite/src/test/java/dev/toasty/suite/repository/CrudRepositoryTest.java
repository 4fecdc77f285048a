package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.User;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import java.time.LocalDate;
import java.util.List;

import static dev.toasty.suite.repository.Fixture.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The methods every repository has: save (insert or update), find, exists, count and delete, single and composite keys. */
class CrudRepositoryTest {

    @DriverTest
    void saveInsertsANewEntityAndUpdatesAKnownOne(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        User ann = users.save(User.of("Ann", "ann@x", 20));
        assertThat(ann.id()).isNotNull();
        User renamed = users.save(ann.withName("Anna"));
        assertThat(renamed.id()).isEqualTo(ann.id());
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findById(ann.id())).map(User::name).contains("Anna");
    }

    @DriverTest
    void saveInsertsAnEntityWhoseGivenKeyNoRowHas(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        User given = new User(77L, "Zed", "zed@x", 50, null, null, true);
        assertThat(users.save(given)).isEqualTo(given);
        assertThat(users.findById(77L)).contains(given);
    }

    @DriverTest
    void saveAllInsertsTheNewOnesTogetherAndUpdatesTheOthersInOrder(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        User ann = users.save(User.of("Ann", "ann@x", 20));
        List<User> saved = users.saveAll(List.of(User.of("Bob", "bob@x", 30), ann.withName("Anna"),
                new User(500L, "Cid", null, 40, null, null, false)));
        assertThat(saved).extracting(User::name).containsExactly("Bob", "Anna", "Cid");
        assertThat(saved).allMatch(u -> u.id() != null);
        assertThat(saved.get(1).id()).isEqualTo(ann.id());
        assertThat(saved.get(2).id()).isEqualTo(500L);
        assertThat(names(users.findAll())).containsExactly("Anna", "Bob", "Cid");
    }

    @DriverTest
    void findExistsAndCountByKey(Toasty db) {
        List<User> all = Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        Long bob = all.get(1).id();
        assertThat(users.existsById(bob)).isTrue();
        assertThat(users.existsById(-1L)).isFalse();
        assertThat(users.findById(-1L)).isEmpty();
        assertThat(names(users.findAllById(List.of(bob, all.get(2).id(), -1L)))).containsExactly("Bob", "Cid");
        assertThat(users.findAllById(List.of())).isEmpty();
        assertThat(users.count()).isEqualTo(4);
    }

    @DriverTest
    void deleteByIdEntityIdsAndAll(Toasty db) {
        List<User> all = Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        users.deleteById(all.get(0).id());
        users.delete(all.get(1));
        users.delete(all.get(1));
        assertThat(names(users.findAll())).containsExactly("Cid", "Dee");
        users.deleteAllById(List.of(all.get(2).id()));
        assertThat(names(users.findAll())).containsExactly("Dee");
        users.deleteAll(List.of(all.get(3)));
        assertThat(users.count()).isZero();
        Fixture.users(db);
        users.deleteAll();
        assertThat(users.count()).isZero();
    }

    @DriverTest
    void aDuplicateUniqueValueBecomesDuplicateKeyException(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        users.save(User.of("Ann", "ann@x", 20));
        assertThatThrownBy(() -> users.save(User.of("Eve", "ann@x", 30)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasCauseInstanceOf(dev.toasty.UniqueViolationException.class);
    }

    @DriverTest
    void aCompositeKeyTakesARecordId(Toasty db) {
        MembershipRepository memberships = Fixture.repository(db, MembershipRepository.class);
        Membership admin = new Membership(1, 10, "admin", LocalDate.of(2024, 1, 1));
        assertThat(memberships.save(admin)).isEqualTo(admin);
        memberships.save(new Membership(1, 11, "member", null));
        memberships.save(new Membership(1, 10, "owner", admin.since()));
        assertThat(memberships.count()).isEqualTo(2);
        assertThat(memberships.findById(new MembershipKey(1, 10))).map(Membership::role).contains("owner");
        assertThat(memberships.existsById(new MembershipKey(1, 12))).isFalse();
        assertThat(memberships.findAllById(List.of(new MembershipKey(1, 10), new MembershipKey(1, 11)))).hasSize(2);
        assertThat(memberships.findByOrgIdAndRole(1, "member")).extracting(Membership::userId).containsExactly(11L);
        memberships.deleteById(new MembershipKey(1, 10));
        assertThat(memberships.findAll()).extracting(Membership::userId).containsExactly(11L);
    }

    @DriverTest
    void aCompositeKeyRefusesAnIdOfAnotherShape(Toasty db) {
        MembershipRepository memberships = Fixture.repository(db, MembershipRepository.class);
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.springframework.data.repository.CrudRepository<Membership, Object> raw =
                (org.springframework.data.repository.CrudRepository) memberships;
        assertThatThrownBy(() -> raw.findById(1L))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("composite key (orgId, userId)");
        memberships.save(new Membership(2, 20, "member", null));
        assertThat(raw.findById(new Object[] {2L, 20L})).isPresent();
    }
}
