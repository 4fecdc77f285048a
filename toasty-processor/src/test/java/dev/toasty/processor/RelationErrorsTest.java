package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.schema.ModelErrors;

import java.util.HashMap;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each relation mistake the processor can see from a model and its targets is one compile error, with the
 * runtime's wording, on the line of the relation field.
 */
class RelationErrorsTest {

    /** The target of most relations here: a model with a {@code Long} key {@code id}. */
    private static final String USER = header() + """
            @Model
            public record User(@Key Long id, String name) {
            }
            """;

    @TempDir
    java.nio.file.Path dir;

    @Test
    void targetThatIsNoModel() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, Long authorId,
                                   BelongsTo<Person> author) {
                }

                record Person(@Key Long id) {
                }
                """, RelationErrors.notModel("com.acme.Post", "author", "com.acme.Person"), "BelongsTo<Person> author");
    }

    @Test
    void hasManyOfAClassThatIsNoModel() {
        assertOneError("""
                @Model
                public record Post(@Key Long id,
                                   HasMany<String> labels) {
                }
                """, RelationErrors.notModel("com.acme.Post", "labels", "java.lang.String"), "HasMany<String> labels");
    }

    @Test
    void hasOneOfAnInterfaceThatIsNoModel() {
        assertOneError("""
                @Model
                public record Post(@Key Long id,
                                   HasOne<Runnable> task) {
                }
                """, RelationErrors.notModel("com.acme.Post", "task", "java.lang.Runnable"), "HasOne<Runnable> task");
    }

    @Test
    void wildcardTarget() {
        assertOneError("""
                @Model
                public record Post(@Key Long id,
                                   HasMany<?> comments) {
                }
                """, RelationErrors.noTargetType("com.acme.Post", "comments", "HasMany"), "HasMany<?> comments");
    }

    @Test
    void typeVariableTarget() {
        assertOneError("""
                @Model
                public class Post<T> {
                    @Key Long id;
                    Long ownerId;
                    BelongsTo<T> owner;
                }
                """, RelationErrors.noTargetType("com.acme.Post", "owner", "BelongsTo"), "BelongsTo<T> owner");
    }

    @Test
    void finalRelationOfAPlainClass() {
        assertOneError("""
                @Model
                public class Post {
                    @Key Long id;
                    Long authorId;
                    final BelongsTo<User> author = BelongsTo.unloaded();
                }
                """, RelationErrors.finalRelation("com.acme.Post", "author"), "final BelongsTo<User> author");
    }

    @Test
    void foreignKeyNamingAFieldTheModelLacks() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, Long authorId,
                                   @BelongsTo.ForeignKey("writerId") BelongsTo<User> author) {
                }
                """, RelationErrors.missingForeignKey("com.acme.Post", "author", "writerId", "a Long holding User.id", true),
                "BelongsTo<User> author");
    }

    @Test
    void foreignKeyNamingARelationField() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, Long authorId, BelongsTo<User> author,
                                   @BelongsTo.ForeignKey("author") BelongsTo<User> editor) {
                }
                """, RelationErrors.missingForeignKey("com.acme.Post", "editor", "author", "a Long holding User.id", true),
                "BelongsTo<User> editor");
    }

    @Test
    void foreignKeyFoundByNameIsMissing() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, Long writerId,
                                   BelongsTo<User> author) {
                }
                """, RelationErrors.missingForeignKey("com.acme.Post", "author", "authorId", "a Long holding User.id", false),
                "BelongsTo<User> author");
    }

    @Test
    void foreignKeyOfTheWrongSize() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, Long authorId, String authorName,
                                   @BelongsTo.ForeignKey({"authorId", "authorName"}) BelongsTo<User> author) {
                }
                """, RelationErrors.foreignKeyCount("com.acme.Post", "author", 2, "User", 1, "id"), "BelongsTo<User> author");
    }

    @Test
    void foreignKeyOfAnotherTypeThanTheTargetKey() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, String authorId,
                                   BelongsTo<User> author) {
                }
                """, RelationErrors.foreignKeyType("com.acme.Post", "author", "authorId", "String", "User.id", "Long"),
                "BelongsTo<User> author");
    }

    @Test
    void compositeForeignKeyFoundByName() {
        var result = compile(Map.of("com.acme.Account", header() + """
                @Model
                public record Account(@Key String tenant, @Key long number) {
                }
                """), """
                @Model
                public record Post(@Key Long id, String ownerTenant, long ownerNumber, BelongsTo<Account> owner) {
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void polymorphicTypeFieldThatIsNoString() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, int parentType, Long parentId,
                                   @BelongsTo.Polymorphic(type = "parentType", key = "parentId", types = User.class)
                                   BelongsTo<Object> parent) {
                }
                """, RelationErrors.polymorphicType("com.acme.Post", "parent", "parentType", "Post"), "BelongsTo<Object> parent");
    }

    @Test
    void polymorphicKeyFieldTheModelLacks() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, String parentType,
                                   @BelongsTo.Polymorphic(type = "parentType", key = "parentId", types = User.class)
                                   BelongsTo<Object> parent) {
                }
                """, RelationErrors.polymorphicKey("com.acme.Post", "parent", "parentId", "Post"), "BelongsTo<Object> parent");
    }

    @Test
    void polymorphicWithoutTargetsOnATypeThatIsNotSealed() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, String parentType, Long parentId,
                                   @BelongsTo.Polymorphic(type = "parentType", key = "parentId")
                                   BelongsTo<Object> parent) {
                }
                """, RelationErrors.polymorphicNoTargets("com.acme.Post", "parent", "Object"), "BelongsTo<Object> parent");
    }

    @Test
    void polymorphicTargetThatIsNoModel() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, String parentType, Long parentId,
                                   @BelongsTo.Polymorphic(type = "parentType", key = "parentId", types = {User.class, String.class})
                                   BelongsTo<Object> parent) {
                }
                """, RelationErrors.notModel("com.acme.Post", "parent", "java.lang.String"), "BelongsTo<Object> parent");
    }

    @Test
    void polymorphicTargetOutsideTheRelationType() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, String parentType, Long parentId,
                                   @BelongsTo.Polymorphic(type = "parentType", key = "parentId", types = User.class)
                                   BelongsTo<Runnable> parent) {
                }
                """, RelationErrors.polymorphicNotSubtype("com.acme.Post", "parent", "User", "Runnable"), "BelongsTo<Runnable> parent");
    }

    @Test
    void polymorphicTargetWithAnotherKeyType() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, String parentType, String parentId,
                                   @BelongsTo.Polymorphic(type = "parentType", key = "parentId", types = User.class)
                                   BelongsTo<Object> parent) {
                }
                """, RelationErrors.polymorphicKeyType("com.acme.Post", "parent", "parentId", "String", "User", "id"),
                "BelongsTo<Object> parent");
    }

    @Test
    void throughAFieldThatIsNoHasMany() {
        assertOneError("""
                @Model
                public record Post(@Key Long id, Long authorId, BelongsTo<User> author,
                                   @HasMany.Through("author") HasMany<User> readers) {
                }
                """, RelationErrors.through("com.acme.Post", "readers", "author", "Post"), "HasMany<User> readers");
    }

    @Test
    void keyOnARelationIsNoKey() {
        assertOneError("""
                @Model
                public record Post(Long authorId,
                                   @Key BelongsTo<User> author) {
                }
                """, ModelErrors.noKey("com.acme.Post"), "public record Post");
    }

    @Test
    void indexOnARelationField() {
        assertOneError("""
                @Model
                @Index(fields = "author")
                public record Post(@Key Long id, Long authorId, BelongsTo<User> author) {
                }
                """, ModelErrors.indexOnMissingField("com.acme.Post", "author"), "public record Post");
    }

    private void assertOneError(String declaration, String message, String lineSnippet) {
        String source = header() + declaration;
        var result = compile(Map.of(), declaration);

        assertThat(result.errors()).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = result.errors().getFirst();
        assertThat(error.getMessage(null)).isEqualTo(message);
        assertThat(error.getLineNumber()).isEqualTo(TestCompiler.lineOf(source, lineSnippet));
    }

    /** Compiles {@code com.acme.Post} holding {@code declaration}, beside {@code com.acme.User} and {@code others}. */
    private TestCompiler.Result compile(Map<String, String> others, String declaration) {
        Map<String, String> sources = new HashMap<>(others);
        sources.put("com.acme.User", USER);
        sources.put("com.acme.Post", header() + declaration);
        return TestCompiler.compile(dir, sources);
    }

    /** The start of a compilation unit of package com.acme; a declaration after it starts on line 6. */
    private static String header() {
        return "package com.acme;\n\nimport dev.toasty.annotation.*;\nimport dev.toasty.relation.*;\n\n";
    }
}
