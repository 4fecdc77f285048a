package dev.toasty;

import dev.toasty.schema.SchemaDifference;
import dev.toasty.schema.SchemaDifference.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff text of {@link SchemaMismatchException}: a count, one line per difference, and what to do. */
class SchemaMismatchExceptionTest {

    private static final SchemaDifference TABLE = new SchemaDifference(Kind.MISSING_TABLE, "posts", null, null, "Post", null,
            "table \"posts\" (model Post) is missing");
    private static final SchemaDifference INDEX = new SchemaDifference(Kind.MISSING_INDEX, "users", null, "ix_users_age", "User", null,
            "users: index \"ix_users_age\" (on age) is missing");
    private static final SchemaDifference TYPE = new SchemaDifference(Kind.TYPE_MISMATCH, "users", "age", null, "User", "age",
            "users.age (User.age): type is TEXT, the model needs INTEGER");

    @Test
    void whatPushSchemaCreatesIsAllThatDiffers() {
        assertThat(new SchemaMismatchException(List.of(TABLE, INDEX))).hasMessage("""
                The database does not match the models (2 differences):
                  - table "posts" (model Post) is missing
                  - users: index "ix_users_age" (on age) is missing
                Run with toasty.schema=create (or call pushSchema()) to create what is missing, or change the models.""");
    }

    @Test
    void somethingPushSchemaCannotChangeDiffersToo() {
        SchemaMismatchException e = new SchemaMismatchException(List.of(TABLE, TYPE));
        assertThat(e).hasMessage("""
                The database does not match the models (2 differences):
                  - table "posts" (model Post) is missing
                  - users.age (User.age): type is TEXT, the model needs INTEGER
                Run with toasty.schema=create (or call pushSchema()) to create the missing tables and indexes; \
                the rest needs a migration of the database or a change to the models.""");
        assertThat(e.differences()).containsExactly(TABLE, TYPE);
        assertThat(e).isInstanceOf(SchemaException.class);
    }

    @Test
    void onlyWhatPushSchemaCannotChangeDiffers() {
        assertThat(new SchemaMismatchException(List.of(TYPE))).hasMessage("""
                The database does not match the models (1 difference):
                  - users.age (User.age): type is TEXT, the model needs INTEGER
                Migrate the database or change the models: pushSchema() does not alter existing tables.""");
    }
}
