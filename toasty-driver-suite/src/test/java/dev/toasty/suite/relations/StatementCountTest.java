package dev.toasty.suite.relations;

import dev.toasty.Toasty;
import dev.toasty.event.StatementEvent;
import dev.toasty.relation.BelongsTo;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Comment_;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Member_;
import dev.toasty.suite.models.blog.Photo;
import dev.toasty.suite.models.blog.Photo_;
import dev.toasty.suite.models.blog.Post;
import dev.toasty.suite.models.blog.Post_;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of include(...) in statements. On SQL backends it does not grow with the number of records:
 * one statement per relation level (a many-to-many joins its join model into the same statement). On
 * DynamoDB targets are read by key with BatchGetItem (100 keys a request), and children (has-many,
 * and the join records of a many-to-many) with one Query of the foreign key's index per parent; the
 * tests pin those numbers too.
 */
class StatementCountTest {

    /** The requests of the recorder, as "operation model" with their number, for the report and the DynamoDB asserts. */
    static Map<String, Long> tally(Recorder recorder) {
        Map<String, Long> out = new TreeMap<>();
        for (StatementEvent e : recorder.statements()) {
            out.merge(e.operation() + " " + e.model(), 1L, Long::sum);
        }
        return out;
    }

    private static void checkPostsOfEachMember(List<Member> members, int perMember) {
        assertThat(members).allSatisfy(m -> {
            assertThat(m.posts().get()).hasSize(perMember);
            assertThat(m.posts().get()).allSatisfy(p -> assertThat(p.authorId()).isEqualTo(m.id()));
        });
    }

    @DriverTest
    @Requires("inLists")
    void aThousandMembersWithTenPostsEachAreTwoStatements(Toasty db, Recorder recorder) {
        Seeds.membersWithPosts(db, 1000, 10);
        recorder.clear();
        List<Member> members = db.query(Member.class).include(Member_.posts).list();
        assertThat(members).hasSize(1000);
        checkPostsOfEachMember(members, 10);
        assertThat(recorder.statements()).extracting(StatementEvent::operation).containsExactly("SELECT", "SELECT");
    }

    /**
     * An unfiltered, unlimited list is the whole table, so its children are read by {@code fk IS NOT NULL}
     * rather than by a list of every parent key; a filtered or limited list still sends its keys. Either way
     * each member gets exactly its own posts, and a member without posts an empty list.
     */
    @DriverTest
    @Requires("inLists")
    void anUnfilteredListReadsChildrenWithoutItsKeys(Toasty db, Recorder recorder) {
        List<Member> seeded = Seeds.membersWithPosts(db, 20, 3);
        Member lonely = db.insert(Member.of("lonely", "lonely@example.com"));
        recorder.clear();
        List<Member> all = db.query(Member.class).include(Member_.posts).list();
        assertThat(all).hasSize(21);
        checkPostsOfEachMember(all.stream().filter(m -> !m.id().equals(lonely.id())).toList(), 3);
        assertThat(all).filteredOn(m -> m.id().equals(lonely.id())).singleElement().satisfies(m -> assertThat(m.posts().get()).isEmpty());
        String children = recorder.statements().get(1).sql();
        assertThat(children).containsIgnoringCase("IS NOT NULL").doesNotContainIgnoringCase(" IN (").doesNotContainIgnoringCase("ANY(");

        for (var query : List.of(db.query(Member.class).where(Member_.id.le(seeded.get(4).id())),
                db.query(Member.class).orderBy(Member_.id.asc()).limit(5))) {
            recorder.clear();
            List<Member> some = query.include(Member_.posts).list();
            assertThat(some).hasSize(5);
            checkPostsOfEachMember(some, 3);
            assertThat(recorder.statements().get(1).sql()).doesNotContainIgnoringCase("IS NOT NULL");
        }
    }

    /**
     * Regression: a whole table's children are read without keys, so a child of no parent (a polymorphic
     * relation has no foreign key constraint) comes back too; it is dropped before its own includes load,
     * so its author is not read.
     */
    @DriverTest
    @Requires("inLists")
    void childrenOfNoParentAreDroppedBeforeTheirOwnIncludesLoad(Toasty db, Recorder recorder) {
        Member ann = db.insert(Member.of("Ann", "ann@example.com"));
        Photo photo = db.insert(Photo.of("https://example.com/a.png"));
        db.insert(Comment.on(photo, "kept", null));
        db.insert(new Comment(null, "orphan", "Photo", photo.id() + 1000, BelongsTo.unloaded(), ann.id(), BelongsTo.unloaded()));
        recorder.clear();
        List<Photo> photos = db.query(Photo.class).include(Photo_.comments.then(Comment_.author)).list();
        assertThat(photos).singleElement().satisfies(p -> assertThat(p.comments().get()).extracting(Comment::body).containsExactly("kept"));
        assertThat(recorder.statements()).as("photos and comments; no author of the orphan").hasSize(2);
    }

    @DriverTest
    @Requires("inLists")
    void postsWithAuthorCommentsAndLabelsTakeTheSameStatementsForTenOrAHundred(Toasty db, Recorder recorder) {
        Seeds.Pool pool = Seeds.pool(db, 20, 5);
        Seeds.posts(db, pool, 0, 10);
        int ten = includeAll(db, recorder, 10);
        Seeds.posts(db, pool, 10, 90);
        int hundred = includeAll(db, recorder, 100);
        System.out.println("include(Post_.author, Post_.comments, Post_.labels) on " + db.capability().backend() + ": "
                + ten + " statements for 10 posts, " + hundred + " for 100");
        assertThat(hundred).isEqualTo(ten).isLessThanOrEqualTo(4); // posts, authors, comments, labels joined with their labelings
    }

    /** Reads every post with its author, comments and labels, checks them, and returns the number of statements. */
    private static int includeAll(Toasty db, Recorder recorder, int expected) {
        recorder.clear();
        List<Post> posts = db.query(Post.class).allowScan().include(Post_.author, Post_.comments, Post_.labels).list();
        assertThat(posts).hasSize(expected);
        Seeds.check(posts);
        return recorder.statements().size();
    }

    /** DynamoDB: the members are one Scan, and each member's posts one Query of the foreign key's index, so the count grows with the parents. */
    @DriverTest
    @Requires(value = "inLists", absent = true)
    void dynamoReadsChildrenWithOneRequestPerParent(Toasty db, Recorder recorder) {
        Seeds.membersWithPosts(db, 30, 3);
        recorder.clear();
        List<Member> members = db.query(Member.class).allowScan().include(Member_.posts).list();
        assertThat(members).hasSize(30);
        checkPostsOfEachMember(members, 3);
        Map<String, Long> requests = tally(recorder);
        System.out.println("include(Member_.posts) of 30 members on dynamodb: " + requests);
        assertThat(requests).containsEntry("Scan Member", 1L).containsEntry("Query Post", 30L).hasSize(2);
    }

    /** DynamoDB: belongs-to targets are read with BatchGetItem, one request per 100 distinct keys. */
    @DriverTest
    @Requires(value = "inLists", absent = true)
    void dynamoReadsBelongsToTargetsWithOneBatchGetPerHundredKeys(Toasty db, Recorder recorder) {
        Seeds.membersWithPosts(db, 150, 1);
        recorder.clear();
        List<Post> posts = db.query(Post.class).allowScan().include(Post_.author).list();
        assertThat(posts).hasSize(150).allSatisfy(p -> assertThat(p.author().get().id()).isEqualTo(p.authorId()));
        Map<String, Long> requests = tally(recorder);
        System.out.println("include(Post_.author) of 150 posts by 150 members on dynamodb: " + requests);
        assertThat(requests).containsEntry("Scan Post", 1L).containsEntry("BatchGetItem Member", 2L).hasSize(2);
    }

    /** DynamoDB: with author, comments and labels, the comments and the join records take one Query per post; authors and labels one BatchGetItem. */
    @DriverTest
    @Requires(value = "inLists", absent = true)
    void dynamoPostsWithAuthorCommentsAndLabels(Toasty db, Recorder recorder) {
        Seeds.Pool pool = Seeds.pool(db, 20, 5);
        Seeds.posts(db, pool, 0, 10);
        recorder.clear();
        Seeds.check(db.query(Post.class).allowScan().include(Post_.author, Post_.comments, Post_.labels).list());
        Map<String, Long> ten = tally(recorder);
        Seeds.posts(db, pool, 10, 30);
        recorder.clear();
        Seeds.check(db.query(Post.class).allowScan().include(Post_.author, Post_.comments, Post_.labels).list());
        Map<String, Long> forty = tally(recorder);
        System.out.println("include(Post_.author, Post_.comments, Post_.labels) on dynamodb: 10 posts " + ten + ", 40 posts " + forty);
        assertThat(ten).containsExactlyInAnyOrderEntriesOf(Map.of("Scan Post", 1L, "BatchGetItem Member", 1L,
                "Query Comment", 10L, "Query Labeling", 10L, "BatchGetItem Label", 1L));
        assertThat(forty).containsExactlyInAnyOrderEntriesOf(Map.of("Scan Post", 1L, "BatchGetItem Member", 1L,
                "Query Comment", 40L, "Query Labeling", 40L, "BatchGetItem Label", 1L));
    }
}
