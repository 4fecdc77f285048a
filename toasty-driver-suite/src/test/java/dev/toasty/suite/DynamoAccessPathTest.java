package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.event.StatementEvent;
import dev.toasty.QueryException;
import dev.toasty.suite.standalone.PaintV1;
import dev.toasty.suite.standalone.PaintV2;
import dev.toasty.suite.standalone.PaintV2_;
import dev.toasty.suite.standalone.Seat;
import dev.toasty.suite.standalone.Seat_;
import dev.toasty.suite.models.Account;
import dev.toasty.suite.models.Document;
import dev.toasty.suite.models.Document_;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.Product;
import dev.toasty.suite.models.Tag;
import dev.toasty.suite.models.Tag_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which request a key-value backend sends for each shape of query, read from the statement events:
 * GetItem for a full key, BatchGetItem in chunks of 100 for a list of keys, Query on the table for a
 * partition key, Query on the index for an indexed field, a side-item lookup for a unique field, and a
 * Scan only where it was allowed. Runs on backends without {@code fullScan}.
 */
class DynamoAccessPathTest {

    private static List<String> requests(Recorder recorder) {
        return recorder.statements().stream().map(StatementEvent::operation).toList();
    }

    private static List<User> users(Toasty db) {
        return db.insertAll(List.of(User.of("Ann", "ann@x", 20), User.of("Bob", "bob@x", 30), User.of("Cid", "cid@x", 30)));
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void theFullKeyIsOneGetItem(Toasty db, Recorder recorder) {
        User ann = users(db).get(0);
        recorder.clear();
        assertThat(db.find(User.class, ann.id())).contains(ann);
        assertThat(requests(recorder)).containsExactly("GetItem");
        assertThat(recorder.statements().get(0).sql()).isEqualTo("GetItem users");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void theFullKeyWithMoreConditionsIsAQueryByKeyInAnyOrder(Toasty db, Recorder recorder) {
        User ann = users(db).get(0);
        recorder.clear();
        assertThat(db.query(User.class).where(User_.id.eq(ann.id()).and(User_.name.eq("Ann"))).orderBy(User_.name.desc()).list())
                .containsExactly(ann);
        assertThat(db.query(User.class).where(User_.id.eq(ann.id()).and(User_.name.eq("Bob"))).list()).isEmpty();
        assertThat(requests(recorder)).containsExactly("Query", "Query");
        assertThat(recorder.statements().get(0).sql()).isEqualTo("Query users key #id = :a0 filter #name = :a1");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aListOfKeysIsBatchGetItemInChunksOfOneHundred(Toasty db, Recorder recorder) {
        List<UUID> ids = new ArrayList<>();
        for (int batch = 0; batch < 3; batch++) {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 84; i++) {
                docs.add(new Document(null, "doc " + batch + "-" + i, null));
            }
            db.insertAll(docs).forEach(d -> ids.add(d.id()));
        }
        recorder.clear();
        List<Document> found = db.query(Document.class).where(Document_.id.in(ids)).list();
        assertThat(found).hasSize(252);
        assertThat(found.stream().map(Document::id)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(requests(recorder)).containsExactly("BatchGetItem", "BatchGetItem", "BatchGetItem");
        assertThat(recorder.statements().stream().map(StatementEvent::rows)).containsExactly(100L, 100L, 52L);
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void thePartitionKeyIsAQueryOnTheTable(Toasty db, Recorder recorder) {
        db.insertAll(List.of(new Membership(1, 1, "admin", null), new Membership(1, 2, "member", null),
                new Membership(2, 1, "member", null)));
        recorder.clear();
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L)).list()).hasSize(2);
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L).and(Membership_.userId.gt(1L))).list())
                .extracting(Membership::userId).containsExactly(2L);
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L).and(Membership_.userId.ge(1L))
                .and(Membership_.userId.le(1L))).list()).extracting(Membership::userId).containsExactly(1L);
        assertThat(requests(recorder)).containsExactly("Query", "Query", "Query");
        assertThat(recorder.statements().get(1).sql()).isEqualTo("Query memberships key #org_id = :a0 AND #user_id > :a1");
        assertThat(recorder.statements().get(2).sql()).isEqualTo("Query memberships key #org_id = :a0 AND #user_id BETWEEN :a1 AND :a2");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void anIndexedFieldIsAQueryOnItsIndexWithTheRestAsAFilter(Toasty db, Recorder recorder) {
        users(db);
        recorder.clear();
        assertThat(db.query(User.class).where(User_.age.eq(30).and(User_.name.ne("Bob"))).list())
                .extracting(User::name).containsExactly("Cid");
        assertThat(requests(recorder)).containsExactly("Query");
        assertThat(recorder.statements().get(0).sql())
                .isEqualTo("Query users index ix_users_age key #age = :a0 filter #name <> :a1");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aUniqueFieldIsALookupOfItsSideItem(Toasty db, Recorder recorder) {
        User bob = users(db).get(1);
        recorder.clear();
        assertThat(db.findBy(User_.email, "bob@x")).contains(bob);
        assertThat(requests(recorder)).containsExactly("GetItem", "GetItem");
        assertThat(recorder.statements().get(0).sql()).contains("toasty_meta").contains("ux_users_email");
        recorder.clear();
        assertThat(db.findBy(User_.email, "nobody@x")).isEmpty();
        assertThat(requests(recorder)).containsExactly("GetItem");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void anUnindexedFilterIsRefusedNamingTheFieldToIndex(Backend backend, Recorder recorder) {
        try (Toasty strict = backend.open(b -> b)) {
            strict.insert(User.of("Ann", "ann@x", 20));
            recorder.clear();
            assertThatThrownBy(() -> strict.query(User.class).where(User_.name.eq("Ann")).list())
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessageContaining("add @Index to User.name").hasMessageContaining("allowScan()");
            assertThatThrownBy(() -> strict.query(User.class).count()).isInstanceOf(UnsupportedFeatureException.class);
            assertThatThrownBy(() -> strict.query(User.class).where(User_.age.gt(10)).list())
                    .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("User.age");
            assertThat(recorder.count("Scan")).isZero();
        }
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void allowScanOnTheQueryOrTheModelRunsAScan(Backend backend, Recorder recorder) {
        try (Toasty strict = backend.open(b -> b)) {
            strict.insert(User.of("Ann", "ann@x", 20));
            strict.insertAll(List.of(new Tag("red", "#f00"), new Tag("blue", "#00f")));
            recorder.clear();
            assertThat(strict.query(User.class).where(User_.name.eq("Ann")).allowScan().list()).hasSize(1);
            assertThat(strict.query(Tag.class).where(Tag_.color.startsWith("#0")).list()).extracting(Tag::name).containsExactly("blue");
            assertThat(requests(recorder)).containsExactly("Scan", "Scan");
        }
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void countSendsSelectCount(Toasty db, Recorder recorder) {
        users(db);
        recorder.clear();
        assertThat(db.query(User.class).where(User_.age.eq(30)).count()).isEqualTo(2);
        assertThat(requests(recorder)).containsExactly("Query");
        assertThat(recorder.statements().get(0).sql()).endsWith("select COUNT");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aLimitIsMetAcrossPagesOfOneMegabyte(Toasty db, Recorder recorder) {
        byte[] body = new byte[300_000];
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            docs.add(new Document(null, "big " + i, body));
        }
        db.insertAll(docs);
        recorder.clear();
        assertThat(db.query(Document.class).limit(6).list()).hasSize(6);
        assertThat(recorder.count("Scan")).isGreaterThan(1);
        recorder.clear();
        assertThat(db.query(Document.class).where(Document_.title.startsWith("big")).count()).isEqualTo(7);
        assertThat(db.query(Document.class).list()).hasSize(7);
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void orderIsOnlyTheSortKeyOfTheQueriedPartition(Toasty db) {
        db.insertAll(List.of(new Membership(1, 1, "a", LocalDate.of(2024, 1, 1)), new Membership(1, 2, "b", null),
                new Membership(1, 3, "c", null)));
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.desc()).list())
                .extracting(Membership::userId).containsExactly(3L, 2L, 1L);
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.asc()).last())
                .map(Membership::userId).contains(3L);
        assertThatThrownBy(() -> db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.role.asc()).list())
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("ordering Membership by role").hasMessageContaining("@Index(fields = {\"orgId\", \"role\"})");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aWriteOfMoreThanOneHundredActionsIsRefusedAndWritesNothing(Toasty db, Recorder recorder) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            accounts.add(new Account("login" + i, i));
        }
        recorder.clear();
        assertThatThrownBy(() -> db.insertAll(accounts)).isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("120 actions").hasMessageContaining("at most 100");
        assertThat(recorder.events()).as("refused before any request, the key counter included").isEmpty();
        assertThat(db.query(Account.class).count()).isZero();
        assertThat(db.insertAll(accounts.subList(0, 50))).hasSize(50);
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aNumberDynamoDbCannotHoldIsRefusedBeforeAnyRequest(Toasty db, Recorder recorder) {
        Everything huge = new Everything(null, null, null, false, null, (byte) 0, null, (short) 0, null, 0, null, 0L,
                null, 0f, Double.MAX_VALUE, 0d, null, null, null, null, null, null);
        recorder.clear();
        assertThatThrownBy(() -> db.insert(huge)).isInstanceOf(ValidationException.class).hasMessageContaining("1E126");
        assertThat(recorder.events()).isEmpty();
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aFilterThatMatchesNothingSendsNothing(Backend backend, Recorder recorder) {
        try (Toasty strict = backend.open(b -> b)) {
            recorder.clear();
            assertThat(strict.query(User.class).where(User_.id.in(List.of())).list()).isEmpty();
            assertThat(strict.query(User.class).where(User_.name.in(List.of())).count()).isZero();
            assertThat(recorder.events()).isEmpty();
        }
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void anIndexWhoseSortFieldIsNullableServesOnlyQueriesThatRequireIt(Toasty db, Recorder recorder) {
        db.insertAll(List.of(new Membership(1, 1, "admin", LocalDate.of(2024, 3, 1)), new Membership(1, 2, "admin", null),
                new Membership(2, 1, "admin", LocalDate.of(2023, 1, 1)), new Membership(2, 2, "member", LocalDate.of(2022, 1, 1))));
        assertThatThrownBy(() -> db.query(Membership.class).where(Membership_.role.eq("admin")).orderBy(Membership_.since.asc()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("since is nullable");
        recorder.clear();
        assertThat(db.query(Membership.class).where(Membership_.role.eq("admin").and(Membership_.since.isNotNull()))
                .orderBy(Membership_.since.desc()).list()).extracting(Membership::since)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2023, 1, 1));
        assertThat(recorder.statements().get(0).sql()).isEqualTo("Query memberships index ix_memberships_role_since key #role = :a0");
        recorder.clear();
        assertThat(db.query(Membership.class).where(Membership_.role.eq("admin").and(Membership_.since.ge(LocalDate.of(2024, 1, 1))))
                .list()).extracting(Membership::userId).containsExactly(1L);
        assertThat(recorder.statements().get(0).sql()).contains("index ix_memberships_role_since key #role = :a0 AND #since >= :a1");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void valuesDynamoDbRefusesAreRefusedBeforeAnyRequest(Toasty db, Recorder recorder) {
        recorder.clear();
        assertThatThrownBy(() -> db.insert(new Membership(1, 1, "", null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Membership.role");
        assertThatThrownBy(() -> db.insert(new Product(null, "p", new BigDecimal("1E200"), "sku")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1E+200");
        assertThat(recorder.events()).isEmpty();
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aFilterLongerThanDynamoDbTakesIsRefusedWhenPlanned(Toasty db, Recorder recorder) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            names.add("name" + i);
        }
        recorder.clear();
        assertThatThrownBy(() -> db.query(User.class).where(User_.name.in(names)).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("4096 characters");
        assertThat(recorder.events()).isEmpty();
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void paginatingAListOfKeysIsRefused(Toasty db) {
        List<User> users = users(db);
        assertThatThrownBy(() -> db.query(User.class).where(User_.id.in(users.stream().map(User::id).toList())).paginate(2))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("paginating a list of keys");
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void aCursorOfAnotherPartitionIsAnInvalidCursor(Toasty db) {
        db.insertAll(List.of(new Membership(1, 1, "a", null), new Membership(1, 2, "a", null), new Membership(2, 1, "a", null),
                new Membership(2, 2, "a", null)));
        var page = db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.asc()).paginate(1);
        assertThatThrownBy(() -> db.query(Membership.class).where(Membership_.orgId.eq(2L)).orderBy(Membership_.userId.asc())
                .after(page.nextCursor()).paginate(1)).isInstanceOf(dev.toasty.InvalidCursorException.class);
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void anIndexOnThePartitionFieldAndAnotherServesAnOrderByTheOther(Backend backend, Recorder recorder) {
        try (Toasty seats = Toasty.builder().url(backend.url()).models(Seat.class).listener(recorder).build()) {
            seats.dropSchema();
            seats.pushSchema();
            seats.insertAll(List.of(new Seat(1, 1, 30), new Seat(1, 2, 10), new Seat(1, 3, 20), new Seat(2, 1, 5)));
            recorder.clear();
            assertThat(seats.query(Seat.class).where(Seat_.venue.eq(1L)).orderBy(Seat_.price.desc()).list())
                    .extracting(Seat::price).containsExactly(30, 20, 10);
            assertThat(recorder.statements().get(0).sql()).isEqualTo("Query seats index ix_seats_venue_price key #venue = :a0");
            assertThat(seats.query(Seat.class).where(Seat_.venue.eq(1L)).orderBy(Seat_.number.desc()).first())
                    .map(Seat::number).contains(3L);
            seats.dropSchema();
        }
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void pushSchemaAddsAnIndexDeclaredAfterTheTableWasCreated(Backend backend) {
        try (Toasty v1 = Toasty.builder().url(backend.url()).models(PaintV1.class).build();
             Toasty v2 = Toasty.builder().url(backend.url()).tablePrefix("x_").models(PaintV2.class).build()) {
            v1.dropSchema();
            v1.pushSchema();
            v1.insertAll(List.of(new PaintV1("sky", "blue"), new PaintV1("grass", "green")));
            assertThatThrownBy(() -> v2.query(PaintV2.class).where(PaintV2_.color.eq("blue")).list()).isInstanceOf(QueryException.class);
            v2.pushSchema();
            assertThat(v2.query(PaintV2.class).where(PaintV2_.color.eq("blue")).list()).containsExactly(new PaintV2("sky", "blue"));
            v2.dropSchema();
        }
    }

    @DriverTest
    @Requires(value = "fullScan", absent = true)
    void anUpdateOrDeleteByKeyIsOneConditionalRequest(Toasty db, Recorder recorder) {
        Membership m = db.insert(new Membership(1, 1, "a", null));
        recorder.clear();
        db.update(new Membership(1, 1, "b", null));
        assertThat(db.delete(m)).isTrue();
        assertThat(db.delete(m)).isFalse();
        assertThat(requests(recorder)).containsExactly("UpdateItem", "DeleteItem", "DeleteItem");
        assertThat(recorder.statements().get(1).sql()).contains("if attribute_exists(");
    }
}
