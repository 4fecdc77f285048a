package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.TypeErrors;

import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each model mistake is one compile error, with the runtime's text, on the line of the offending element. */
class ModelErrorsTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void modelWithoutKey() {
        assertOneError("""
                @Model
                public record User(String name) {
                }
                """, ModelErrors.noKey("com.acme.User"), "record User");
    }

    @Test
    void unsupportedFieldType() {
        assertOneError("""
                @Model
                public record User(@Key int id,
                                   java.util.Optional<String> nickname) {
                }
                """, ModelErrors.unsupportedType("com.acme.User", "nickname", "java.util.Optional<java.lang.String>"), "nickname)");
    }

    @Test
    void finalFieldOfAPlainClass() {
        assertOneError("""
                @Model
                public class User {
                    @Key Long id;
                    final String name = "x";
                }
                """, ModelErrors.finalField("com.acme.User", "name"), "final String name");
    }

    @Test
    void aBaseClassFieldOfATypeVariableIsAnError() {
        var result = TestCompiler.compile(dir, Map.of("com.acme.Base", """
                package com.acme;

                public abstract class Base<ID> {
                    @dev.toasty.annotation.Key ID id;
                }
                """, "com.acme.Owner", """
                package com.acme;

                @dev.toasty.annotation.Model
                public class Owner extends Base<Long> {
                    String name;
                }
                """));

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).getMessage(java.util.Locale.ROOT)).contains("com.acme.Owner", "id");
    }

    @Test
    void autoOnAString() {
        assertOneError("""
                @Model
                public record User(
                        @Key @Auto String id) {
                }
                """, ModelErrors.badAuto("com.acme.User", "id", "String"), "String id");
    }

    @Test
    void versionOnAString() {
        assertOneError("""
                @Model
                public record User(@Key @Auto Long id,
                        @Version String version) {
                }
                """, ModelErrors.badVersion("com.acme.User", "version", "String"), "String version");
    }

    @Test
    void versionOnTheKey() {
        assertOneError("""
                @Model
                public record User(
                        @Key @Version long id) {
                }
                """, ModelErrors.badVersion("com.acme.User", "id", "a key"), "long id");
    }

    @Test
    void autoOnAFieldThatIsNotTheKey() {
        assertOneError("""
                @Model
                public class User {
                    @Key String id;
                    @Auto long counter;
                }
                """, ModelErrors.autoNotKey("com.acme.User", "counter"), "long counter");
    }

    @Test
    void autoInACompositeKey() {
        assertOneError("""
                @Model
                public record User(@Key String tenant,
                                   @Key @Auto long id) {
                }
                """, ModelErrors.autoComposite("com.acme.User", "id"), "long id");
    }

    @Test
    void classWithoutNoArgumentConstructor() {
        assertOneError("""
                @Model
                public class User {
                    @Key long id;

                    public User(long id) {
                        this.id = id;
                    }
                }
                """, ModelErrors.noConstructor("com.acme.User"), "class User");
    }

    @Test
    void innerClassHasNoNoArgumentConstructor() {
        var result = TestCompiler.compile(dir, "com.acme.Outer", """
                package com.acme;

                public class Outer {
                    @dev.toasty.annotation.Model
                    public class Inner {
                        @dev.toasty.annotation.Key long id;
                    }
                }
                """);

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().getMessage(null)).isEqualTo(ModelErrors.noConstructor("com.acme.Outer.Inner"));
    }

    @Test
    void fieldTypeGeneratedInALaterRoundIsCheckedOnceResolved() {
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", source("""
                @Model
                public record User(@Key int id,
                                   Money price) {
                }
                """)), new GeneratingProcessor("com.acme.Money", """
                package com.acme;

                public record Money(long cents) {
                }
                """));

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().getMessage(null))
                .isEqualTo(TypeErrors.notEmbeddable("com.acme.User", "price", "com.acme.Money"));
    }

    @Test
    void twoFieldsOnOneColumn() {
        assertOneError("""
                @Model
                public record User(@Key int id, String fullName,
                                   @Column("FULL_NAME") String name) {
                }
                """, ModelErrors.sameColumn("com.acme.User", "name", "fullName", "FULL_NAME"), "String name");
    }

    @Test
    void indexOnAMissingField() {
        assertOneError("""
                @Model
                @Index(fields = "name")
                @Index(fields = {"name", "nickname"})
                public record User(@Key int id,
                                   String name) {
                }
                """, ModelErrors.indexOnMissingField("com.acme.User", "nickname"), "record User");
    }

    @Test
    void indexWithoutFields() {
        assertOneError("""
                @Model
                @Index(unique = true)
                public record User(@Key int id) {
                }
                """, ModelErrors.emptyIndex("com.acme.User"), "record User");
    }

    @Test
    void interfaceIsNoModel() {
        var result = compile("""
                @Model
                public interface User {
                }
                """);

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().getMessage(null)).contains("com.acme.User").contains("a model must be a record or a class");
        assertThat(result.errors().getFirst().getLineNumber()).isEqualTo(6);
    }

    @Test
    void enumIsNoModel() {
        var result = compile("""
                @Model
                public enum User { ONE }
                """);

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().getMessage(null)).contains("a model must be a record or a class");
    }

    @Test
    void twoModelsOnOneTable() {
        String person = """
                package com.acme;

                @dev.toasty.annotation.Model
                @dev.toasty.annotation.Table("Users")
                public record Person(@dev.toasty.annotation.Key int id) {
                }
                """;
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", source("""
                @Model
                public record User(@Key int id) {
                }
                """), "com.acme.Person", person));

        assertThat(result.errors()).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = result.errors().getFirst();
        String later = error.getSource().getName().contains("Person") ? "com.acme.Person" : "com.acme.User";
        String earlier = later.equals("com.acme.Person") ? "com.acme.User" : "com.acme.Person";
        String table = later.equals("com.acme.Person") ? "Users" : "users";
        assertThat(error.getMessage(null)).isEqualTo(ModelErrors.sameTable(later, earlier, table));
    }

    @Test
    void modelsOfOtherPackagesMayShareATable() {
        String older = """
                package com.acme.v1;

                @dev.toasty.annotation.Model
                @dev.toasty.annotation.Table("users")
                public record User(@dev.toasty.annotation.Key int id) {
                }
                """;
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", source("""
                @Model
                public record User(@Key int id, String name) {
                }
                """), "com.acme.v1.User", older));

        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("com.acme.User_")).exists();
        assertThat(result.generatedSource("com.acme.v1.User_")).exists();
    }

    @Test
    void modelsOfLaterRoundsShareTheTableNames() {
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", source("""
                @Model
                public record User(@Key int id) {
                }
                """)), new GeneratingProcessor("com.acme.Client", """
                package com.acme;

                @dev.toasty.annotation.Model
                @dev.toasty.annotation.Table("users")
                public record Client(@dev.toasty.annotation.Key int id) {
                }
                """));

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().getMessage(null))
                .isEqualTo(ModelErrors.sameTable("com.acme.Client", "com.acme.User", "users"));
        assertThat(result.generatedSource("com.acme.User_")).exists();
        assertThat(result.generatedSource("com.acme.Client_")).doesNotExist();
    }

    private void assertOneError(String declaration, String message, String lineSnippet) {
        String source = source(declaration);
        var result = TestCompiler.compile(dir, "com.acme.User", source);

        assertThat(result.errors()).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = result.errors().getFirst();
        assertThat(error.getMessage(null)).isEqualTo(message);
        assertThat(error.getLineNumber()).isEqualTo(TestCompiler.lineOf(source, lineSnippet));
    }

    private TestCompiler.Result compile(String declaration) {
        return TestCompiler.compile(dir, "com.acme.User", source(declaration));
    }

    /** A compilation unit of package com.acme holding {@code declaration}, which starts on line 5. */
    private static String source(String declaration) {
        return "package com.acme;\n\nimport dev.toasty.annotation.*;\n\n" + declaration;
    }
}
