package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor lists the compilation's valid models in META-INF/toasty/models, which the command line reads. */
class ModelIndexTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void listsEveryModelSortedByBinaryName() throws IOException {
        var result = TestCompiler.compile(dir, Map.of(
                "com.acme.shop.Order", """
                        package com.acme.shop;

                        import dev.toasty.annotation.*;

                        @Model
                        public record Order(@Key @Auto Long id, String note) {
                        }
                        """,
                "com.acme.User", """
                        package com.acme;

                        import dev.toasty.annotation.*;

                        @Model
                        public record User(@Key @Auto Long id, String name) {
                        }
                        """,
                "com.acme.Outer", """
                        package com.acme;

                        import dev.toasty.annotation.*;

                        public class Outer {
                            @Model
                            public record Inner(@Key int id) {
                            }

                            @Model
                            private record Hidden(@Key int id) {
                            }
                        }
                        """));

        assertThat(result.errors()).isEmpty();
        assertThat(index(result)).containsExactly("com.acme.Outer$Hidden", "com.acme.Outer$Inner", "com.acme.User",
                "com.acme.shop.Order");
    }

    @Test
    void leavesOutInvalidAndLocalModels() throws IOException {
        var result = TestCompiler.compile(dir, Map.of(
                "com.acme.User", """
                        package com.acme;

                        import dev.toasty.annotation.*;

                        @Model
                        public record User(@Key @Auto Long id, String name) {
                            static void local() {
                                @Model
                                record Local(@Key int id) {
                                }
                            }
                        }
                        """,
                "com.acme.NoKey", """
                        package com.acme;

                        import dev.toasty.annotation.*;

                        @Model
                        public record NoKey(String name) {
                        }
                        """));

        assertThat(result.errors()).hasSize(1);
        assertThat(index(result)).containsExactly("com.acme.User");
    }

    @Test
    void includesAModelGeneratedInALaterRound() throws IOException {
        var generated = new GeneratingProcessor("com.acme.Tag", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public record Tag(@Key int id, String label) {
                }
                """);
        var result = TestCompiler.compile(dir, Map.of("com.acme.User", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Model
                public record User(@Key @Auto Long id, String name) {
                }
                """), generated);

        assertThat(result.errors()).isEmpty();
        assertThat(index(result)).containsExactly("com.acme.Tag", "com.acme.User");
    }

    @Test
    void writesNoIndexWithoutModels() {
        var result = TestCompiler.compile(dir, "com.acme.Address", """
                package com.acme;

                import dev.toasty.annotation.*;

                @Embeddable
                public record Address(String street, String city) {
                }
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(result.classes().resolve(ModelIndex.RESOURCE)).doesNotExist();
    }

    private static List<String> index(TestCompiler.Result result) throws IOException {
        return Files.readAllLines(result.classes().resolve(ModelIndex.RESOURCE));
    }
}
