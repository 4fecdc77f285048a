package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.query.RelationPath;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.Diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relation fields become {@code RelationPath} constants of the metamodel, and are no columns. */
class RelationMetamodelTest {

    private static final String HEADER = "package com.acme;\n\nimport dev.toasty.annotation.*;\nimport dev.toasty.relation.*;\n\n";

    @TempDir
    java.nio.file.Path dir;

    @Test
    void relationFieldsGetRelationPaths() throws Exception {
        Map<String, String> sources = blog();
        // Uses the generated paths with their full types, so a wrong type argument fails to compile.
        sources.put("com.acme.Queries", HEADER + """
                import dev.toasty.query.RelationPath;

                final class Queries {
                    static final RelationPath<User, Post> POSTS = User_.posts;
                    static final RelationPath<Post, User> AUTHOR = Post_.author;
                    static final RelationPath<User, Tag> TAGS_OF_POSTS = User_.posts.then(Post_.tags);
                    static final RelationPath<User, Profile> PROFILE = User_.profile;
                    static final Object BY_AUTHOR_NAME = Post_.author.then(User_.name).eq("Alice");
                }
                """);
        var result = TestCompiler.compile(dir, sources);

        assertThat(result.diagnostics()).isEmpty();
        assertRelation(result.load("com.acme.User_"), "posts", "com.acme.User", "com.acme.Post");
        assertRelation(result.load("com.acme.User_"), "profile", "com.acme.User", "com.acme.Profile");
        assertRelation(result.load("com.acme.Post_"), "author", "com.acme.Post", "com.acme.User");
        assertRelation(result.load("com.acme.Post_"), "tags", "com.acme.Post", "com.acme.Tag");
        assertRelation(result.load("com.acme.Tagging_"), "tag", "com.acme.Tagging", "com.acme.Tag");
        assertThat(constants(result.load("com.acme.Post_"))).containsExactly("id", "title", "author", "authorId", "taggings", "tags");
        Field declared = result.load("com.acme.Post_").getField("author");
        assertThat(((ParameterizedType) declared.getGenericType()).getActualTypeArguments())
                .extracting(t -> t.getTypeName()).containsExactly("com.acme.Post", "com.acme.User");
    }

    @Test
    void relationFieldsOfAPlainClassAndOnTheSameColumnNameAreNoColumns() throws Exception {
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", user(), "com.acme.Post", HEADER + """
                @Model
                public class Post {
                    @Key long id;
                    @Column("author") Long authorId;
                    BelongsTo<User> author;

                    Post() {
                    }
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        assertRelation(result.load("com.acme.Post_"), "author", "com.acme.Post", "com.acme.User");
    }

    @Test
    void polymorphicRelationPointsAtTheSealedInterface() throws Exception {
        Map<String, String> sources = new HashMap<>();
        sources.put("com.acme.Commentable", HEADER + "public sealed interface Commentable permits Article, Photo {\n}\n");
        sources.put("com.acme.Article", HEADER + "@Model\npublic record Article(@Key Long id) implements Commentable {\n}\n");
        sources.put("com.acme.Photo", HEADER + "@Model\npublic record Photo(@Key Long id) implements Commentable {\n}\n");
        sources.put("com.acme.Comment", HEADER + """
                @Model
                public record Comment(@Key @Auto Long id, String commentableType, Long commentableId,
                                      @BelongsTo.Polymorphic(type = "commentableType", key = "commentableId")
                                      BelongsTo<Commentable> commentable) {
                }
                """);
        var result = TestCompiler.compile(dir, sources);

        assertThat(result.diagnostics()).isEmpty();
        assertRelation(result.load("com.acme.Comment_"), "commentable", "com.acme.Comment", "com.acme.Commentable");
    }

    @Test
    void targetGeneratedInALaterRoundIsWaitedFor() throws Exception {
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", HEADER + """
                @Model
                public record User(@Key Long id, HasMany<Post> posts) {
                }
                """), new GeneratingProcessor("com.acme.Post", HEADER + """
                @Model
                public record Post(@Key Long id, Long authorId, BelongsTo<User> author) {
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        assertRelation(result.load("com.acme.User_"), "posts", "com.acme.User", "com.acme.Post");
    }

    @Test
    void genericTargetCompilesWithoutWarnings() throws Exception {
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", user(), "com.acme.Box", HEADER + """
                @Model
                public class Box<T> {
                    @Key long id;
                    Long ownerId;
                    BelongsTo<User> owner;

                    Box() {
                    }
                }
                """, "com.acme.Shelf", HEADER + """
                @Model
                public record Shelf(@Key long id, HasMany<Box<String>> boxes) {
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        assertRelation(result.load("com.acme.Shelf_"), "boxes", "com.acme.Shelf", "com.acme.Box");
    }

    @Test
    void relationToAPrivateModelHasNoPath() throws Exception {
        var result = TestCompiler.compile(dir, Map.of("com.acme.Outer", HEADER + """
                public class Outer {
                    @Model
                    public record Owner(@Key long id, HasMany<Secret> secrets) {
                    }

                    @Model
                    private record Secret(@Key long id, Long ownerId, BelongsTo<Owner> owner) {
                    }
                }
                """));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.diagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.NOTE)
                .extracting(d -> d.getMessage(null))
                .contains("Relation com.acme.Outer.Owner.secrets points at a private or local class, so the metamodel has no path for it");
        assertThat(constants(result.load("com.acme.Outer_Owner_"))).containsExactly("id");
    }

    private static void assertRelation(Class<?> metamodel, String field, String model, String target) throws Exception {
        Field declared = metamodel.getField(field);
        assertThat(declared.getType()).as(field).isEqualTo(RelationPath.class);
        RelationPath<?, ?> path = (RelationPath<?, ?>) declared.get(null);
        assertThat(path.name()).isEqualTo(field);
        assertThat(path.model().getName()).isEqualTo(model);
        assertThat(path.target().getName()).isEqualTo(target);
    }

    /** The path constants (columns and relations), in declaration order. */
    private static List<String> constants(Class<?> metamodel) {
        return Arrays.stream(metamodel.getDeclaredFields())
                .filter(f -> dev.toasty.query.Path.class.isAssignableFrom(f.getType()) || f.getType() == RelationPath.class)
                .map(Field::getName)
                .toList();
    }

    private static String user() {
        return HEADER + """
                @Model
                public record User(@Key Long id, String name) {
                }
                """;
    }

    /** Users with posts and a profile; posts with an author and tags through taggings. */
    private static Map<String, String> blog() {
        Map<String, String> sources = new HashMap<>();
        sources.put("com.acme.User", HEADER + """
                @Model
                public record User(@Key @Auto Long id, String name, HasMany<Post> posts, HasOne<Profile> profile) {
                }
                """);
        sources.put("com.acme.Profile", HEADER + """
                @Model
                public record Profile(@Key @Auto Long id, Long ownerId,
                                      @BelongsTo.ForeignKey("ownerId") @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<User> user) {
                }
                """);
        sources.put("com.acme.Post", HEADER + """
                @Model
                public record Post(@Key @Auto Long id, String title, BelongsTo<User> author, Long authorId,
                                   HasMany<Tagging> taggings, @HasMany.Through("taggings") HasMany<Tag> tags) {
                }
                """);
        sources.put("com.acme.Tag", HEADER + "@Model\npublic record Tag(@Key @Auto Long id, String name) {\n}\n");
        sources.put("com.acme.Tagging", HEADER + """
                @Model
                public record Tagging(@Key @Auto Long id, Long postId, BelongsTo<Post> post, Long tagId, BelongsTo<Tag> tag) {
                }
                """);
        return sources;
    }
}
