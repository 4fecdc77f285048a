package dev.toasty.suite.relations;

import dev.toasty.ForeignKeyViolationException;
import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.blog.Category;
import dev.toasty.suite.models.blog.Category_;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Comment_;
import dev.toasty.suite.models.blog.Follow;
import dev.toasty.suite.models.blog.Label;
import dev.toasty.suite.models.blog.Labeling;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Member_;
import dev.toasty.suite.models.blog.Note;
import dev.toasty.suite.models.blog.Notebook;
import dev.toasty.suite.models.blog.Notebook_;
import dev.toasty.suite.models.blog.Post;
import dev.toasty.suite.models.blog.Post_;
import dev.toasty.suite.models.blog.Profile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The delete rules of belongs-to relations: RESTRICT refuses and changes nothing, CASCADE deletes the
 * records pointing at the deleted one (through every level), SET_NULL clears their foreign key. On SQL
 * backends the database's own FOREIGN KEY constraints enforce them, so native SQL obeys them too; the
 * engine applies the rest (polymorphic relations, and every rule on DynamoDB).
 */
class DeleteRulesTest {

    /** Root with children a and b; a with child a1; and another root with nothing. */
    private record Tree(Category root, Category a, Category b, Category a1, Category other) {
        static Tree seed(Toasty db) {
            Category root = db.insert(Category.of("root", null));
            Category a = db.insert(Category.of("a", root.id()));
            Category b = db.insert(Category.of("b", root.id()));
            Category a1 = db.insert(Category.of("a1", a.id()));
            return new Tree(root, a, b, a1, db.insert(Category.of("other", null)));
        }
    }

    private static List<String> categories(Toasty db) {
        return db.query(Category.class).allowScan().list().stream().map(Category::name).toList();
    }

    private static long count(Toasty db, Class<?> model) {
        return db.query(model).allowScan().count();
    }

    /** The comments point at posts through a polymorphic relation, which no constraint guards: removed first where a post is deleted. */
    private static void deleteCommentsOn(Toasty db, Post post) {
        db.delete(Comment.class).where(Comment_.commentableType.eq("Post").and(Comment_.commentableId.eq(post.id()))).execute();
    }

    @DriverTest
    void restrictRefusesToDeleteAMemberWithPostsAndChangesNothing(Toasty db) {
        Blog blog = new Blog(db);
        db.insert(Profile.of(blog.alice.id(), "writes"));
        db.insert(Follow.of(blog.alice.id(), blog.bob.id()));
        assertThatThrownBy(() -> db.delete(blog.alice))
                .isInstanceOf(ForeignKeyViolationException.class)
                .hasMessageContaining("this Member").hasMessageContaining("still point");
        assertThatThrownBy(() -> db.delete(Member.class).where(Member_.email.eq("alice@example.com")).execute())
                .isInstanceOf(ForeignKeyViolationException.class);
        assertThat(db.find(Member.class, blog.alice.id())).isPresent();
        assertThat(count(db, Post.class)).isEqualTo(3);
        assertThat(count(db, Profile.class)).isEqualTo(1);
        assertThat(count(db, Follow.class)).isEqualTo(1);
        assertThat(db.query(Comment.class).allowScan().where(Comment_.authorId.eq(blog.alice.id())).count()).isEqualTo(2);

        deleteCommentsOn(db, blog.a1());
        db.delete(blog.a1());
        db.delete(blog.a2());
        assertThat(db.delete(blog.alice)).isTrue();
        assertThat(db.query(Member.class).allowScan().list()).extracting(Member::name).containsExactlyInAnyOrder("Bob", "Carol");
        assertThat(count(db, Profile.class)).isZero();
        assertThat(count(db, Follow.class)).isZero();
    }

    /** Comment.commentable is polymorphic (no constraint possible) and RESTRICT: the engine checks it on every backend. */
    @DriverTest
    void aPolymorphicRestrictIsCheckedByTheEngine(Toasty db) {
        Blog blog = new Blog(db);
        assertThatThrownBy(() -> db.delete(blog.a1()))
                .isInstanceOf(ForeignKeyViolationException.class)
                .hasMessageContaining("Cannot delete this Post: Comment.commentable of 2 record(s) still points at it (RESTRICT)");
        assertThatThrownBy(() -> db.delete(Post.class).where(Post_.published.isTrue()).execute())
                .isInstanceOf(ForeignKeyViolationException.class);
        assertThatThrownBy(() -> db.delete(blog.photo)).isInstanceOf(ForeignKeyViolationException.class)
                .hasMessageContaining("this Photo");
        assertThat(count(db, Post.class)).isEqualTo(3);
        assertThat(count(db, Labeling.class)).isEqualTo(3);
        assertThat(db.delete(blog.a2())).isTrue();
    }

    @DriverTest
    void cascadeDeletesAWholeSubtree(Toasty db) {
        Tree tree = Tree.seed(db);
        assertThat(db.delete(tree.a())).isTrue();
        assertThat(categories(db)).containsExactlyInAnyOrder("root", "b", "other");
        Tree.seed(db);
        assertThat(db.delete(Category.class).where(Category_.name.eq("root")).execute()).isEqualTo(2);
        assertThat(categories(db)).containsExactly("other", "other");
    }

    @DriverTest
    void cascadeDeletesTheJoinRowsOfAPostOrALabel(Toasty db) {
        Blog blog = new Blog(db);
        deleteCommentsOn(db, blog.a1());
        assertThat(db.delete(blog.a1())).isTrue();
        assertThat(db.query(Labeling.class).allowScan().list()).extracting(Labeling::postId).containsExactly(blog.b1().id());
        assertThat(count(db, Label.class)).isEqualTo(2);
        assertThat(db.delete(blog.java)).isTrue();
        assertThat(count(db, Labeling.class)).isZero();
        assertThat(db.find(Post.class, blog.b1().id())).isPresent();
        assertThat(db.find(Label.class, blog.sql.id())).isPresent();
    }

    @DriverTest
    void deletingAMemberCascadesToFollowsAndProfileAndClearsCommentAuthors(Toasty db) {
        Blog blog = new Blog(db);
        db.insertAll(List.of(Follow.of(blog.carol.id(), blog.bob.id()), Follow.of(blog.alice.id(), blog.carol.id()),
                Follow.of(blog.alice.id(), blog.bob.id())));
        db.insert(Profile.of(blog.carol.id(), "reads"));
        assertThat(db.delete(blog.carol)).isTrue();
        assertThat(db.query(Follow.class).allowScan().list()).extracting(Follow::followerId, Follow::followeeId)
                .containsExactly(tuple(blog.alice.id(), blog.bob.id()));
        assertThat(count(db, Profile.class)).isZero();
        Comment agreed = db.query(Comment.class).allowScan().where(Comment_.body.eq("agreed")).one();
        assertThat(agreed.authorId()).isNull();
        assertThat(db.query(Comment.class).allowScan().where(Comment_.authorId.isNotNull()).count()).isEqualTo(3);
    }

    @DriverTest
    void deletingByAFilterAppliesTheRulesToEveryRecord(Toasty db) {
        db.insert(Notebook.of("one").withNotes(Note.of("a", "a"), Note.of("b", "b")));
        db.insert(Notebook.of("two").withNotes(Note.of("c", "c")));
        db.insert(Notebook.of("three").withNotes(Note.of("d", "d")));
        assertThat(db.delete(Notebook.class).where(Notebook_.title.ne("three")).execute()).isEqualTo(2);
        assertThat(db.query(Note.class).allowScan().list()).extracting(Note::text).containsExactly("d");
    }

    @DriverTest
    @Requires("nativeSql")
    void nativeSqlObeysTheDatabasesOwnConstraints(Toasty db) {
        Blog blog = new Blog(db);
        Tree tree = Tree.seed(db);
        db.insert(Follow.of(blog.carol.id(), blog.bob.id()));
        assertThatThrownBy(() -> db.sql("DELETE FROM members WHERE id = :id").bind("id", blog.alice.id()).execute())
                .isInstanceOf(ForeignKeyViolationException.class);
        assertThat(db.find(Member.class, blog.alice.id())).isPresent();
        assertThat(db.query(Post.class).count()).isEqualTo(3);

        assertThat(db.sql("DELETE FROM categories WHERE id = :id").bind("id", tree.root().id()).execute()).isEqualTo(1);
        assertThat(categories(db)).containsExactly("other");

        assertThat(db.sql("DELETE FROM members WHERE id = :id").bind("id", blog.carol.id()).execute()).isEqualTo(1);
        assertThat(db.query(Follow.class).count()).isZero();
        assertThat(db.query(Comment.class).where(Comment_.body.eq("agreed")).one().authorId()).isNull();

        assertThat(db.sql("DELETE FROM labels WHERE name = :name").bind("name", "java").execute()).isEqualTo(1);
        assertThat(db.query(Labeling.class).list()).extracting(Labeling::labelId).containsExactly(blog.sql.id());
    }
}
