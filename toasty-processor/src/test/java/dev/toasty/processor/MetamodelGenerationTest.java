package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.query.BooleanPath;
import dev.toasty.query.ComparablePath;
import dev.toasty.query.Path;
import dev.toasty.query.StringPath;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetamodelGenerationTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void recordModelGetsTypedPaths() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.User", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public record User(@Key @Auto Long id, String name, boolean active, byte[] data, int age,
                                   java.time.Instant createdAt) {
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.generatedSource("com.acme.User_")).exists();
        Class<?> metamodel = result.load("com.acme.User_");
        Class<?> user = result.load("com.acme.User");
        assertThat(metamodel.getField("TABLE").get(null)).isEqualTo("users");
        assertPath(metamodel, "id", ComparablePath.class, Long.class);
        assertPath(metamodel, "name", StringPath.class, String.class);
        assertPath(metamodel, "active", BooleanPath.class, Boolean.class);
        assertPath(metamodel, "data", Path.class, byte[].class);
        assertPath(metamodel, "age", ComparablePath.class, Integer.class);
        assertPath(metamodel, "createdAt", ComparablePath.class, java.time.Instant.class);
        assertThat(((Path<?, ?>) metamodel.getField("id").get(null)).model().getName()).isEqualTo(user.getName());
    }

    @Test
    void classModelUsesInstanceFieldsOnly() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.User", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                @Table("people")
                public class User {
                    static int counter;
                    @Key long id;
                    String email;
                    transient String cache;
                    java.util.UUID token;

                    private User() {
                    }
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        Class<?> metamodel = result.load("com.acme.User_");
        assertThat(metamodel.getField("TABLE").get(null)).isEqualTo("people");
        assertPath(metamodel, "id", ComparablePath.class, Long.class);
        assertPath(metamodel, "email", StringPath.class, String.class);
        assertPath(metamodel, "token", ComparablePath.class, java.util.UUID.class);
        assertThat(pathNames(metamodel)).containsExactly("id", "email", "token");
    }

    @Test
    void fieldsOfABaseClassAreStoredFirst() throws Exception {
        var result = TestCompiler.compile(dir, java.util.Map.of("com.acme.BaseEntity", """
                package com.acme;

                import dev.toasty.annotation.*;

                public abstract class BaseEntity {
                    @Key @Auto private Integer id;
                    transient String cache;

                    public Integer getId() {
                        return id;
                    }
                }
                """, "com.acme.Owner", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public class Owner extends BaseEntity {
                    String firstName;
                    String city;
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        Class<?> metamodel = result.load("com.acme.Owner_");
        assertPath(metamodel, "id", ComparablePath.class, Integer.class);
        assertThat(pathNames(metamodel)).containsExactly("id", "firstName", "city");
    }

    @Test
    void nestedModelGetsOuterPrefixedMetamodel() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.Outer", """
                package com.acme;

                import dev.toasty.annotation.*;

                public class Outer {
                    @Model
                    public record Inner(@Key int id, String title) {
                    }
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.generatedSource("com.acme.Outer_Inner_")).exists();
        Class<?> metamodel = result.load("com.acme.Outer_Inner_");
        assertThat(metamodel.getField("TABLE").get(null)).isEqualTo("inners");
        assertPath(metamodel, "title", StringPath.class, String.class);
        Path<?, ?> id = (Path<?, ?>) metamodel.getField("id").get(null);
        assertThat(id.model().getName()).isEqualTo("com.acme.Outer$Inner");
    }

    @Test
    void typeUseAnnotationDoesNotHideTheFieldType() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.User", """
                package com.acme;

                import dev.toasty.annotation.*;
                import java.lang.annotation.*;

                @Model
                public record User(@Key int id, @User.Nullable String nickname) {
                    @Target(ElementType.TYPE_USE)
                    @interface Nullable {
                    }
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertPath(result.load("com.acme.User_"), "nickname", StringPath.class, String.class);
    }

    @Test
    void fieldNamedTableReplacesTheTableConstant() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.Desk", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public record Desk(@Key int id, String TABLE) {
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertPath(result.load("com.acme.Desk_"), "TABLE", StringPath.class, String.class);
    }

    @Test
    void fieldsNamedLikeThePackageOrTheFactoriesStillCompile() throws Exception {
        var result = TestCompiler.compile(dir, "dev.shop.Metamodel", """
                package dev.shop;

                import dev.toasty.annotation.*;

                @Model
                public record Metamodel(@Key int dev, String string, boolean Metamodel, long comparable) {
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(pathNames(result.load("dev.shop.Metamodel_"))).containsExactly("dev", "string", "Metamodel", "comparable");
    }

    @Test
    void privateModelIsAcceptedWithoutMetamodel() {
        var result = TestCompiler.compile(dir, "com.acme.Outer", """
                package com.acme;

                public class Outer {
                    @dev.toasty.annotation.Model
                    private record Inner(@dev.toasty.annotation.Key int id) {
                    }
                }
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.generatedSource("com.acme.Outer_Inner_")).doesNotExist();
    }

    @Test
    void genericModelCompilesWithoutWarnings() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.Box", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public class Box<T> {
                    @Key long id;
                    String label;
                    transient T content;

                    Box() {
                    }
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertPath(result.load("com.acme.Box_"), "label", StringPath.class, String.class);
    }

    @Test
    void modelWithAMistakeGetsNoMetamodel() throws Exception {
        var result = TestCompiler.compile(dir, "com.acme.User", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public record User(String name) {
                }
                """);

        assertThat(result.errors()).hasSize(1);
        assertThat(result.generatedSource("com.acme.User_")).doesNotExist();
        assertThat(result.generated().toFile().list()).isEmpty();
    }

    private static void assertPath(Class<?> metamodel, String field, Class<?> pathClass, Class<?> valueType) throws Exception {
        Field declared = metamodel.getField(field);
        assertThat(declared.getType()).as(field).isEqualTo(pathClass);
        Path<?, ?> path = (Path<?, ?>) declared.get(null);
        assertThat(path).as(field).isInstanceOf(pathClass);
        assertThat(path.name()).isEqualTo(field);
        assertThat(path.type()).as(field).isEqualTo(valueType);
    }

    private static List<String> pathNames(Class<?> metamodel) {
        return Arrays.stream(metamodel.getDeclaredFields())
                .filter(f -> Path.class.isAssignableFrom(f.getType()))
                .map(Field::getName)
                .toList();
    }
}
