package dev.toasty.docs.relations;

import dev.toasty.docs.Snippets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of the relation chapters (docs/relations/*.md) is code of this package:
 * a model declared here, or lines of a test that runs them. A block edited in the Markdown only, or
 * code changed here only, fails this test, so the chapters show what is compiled and run.
 */
class SnippetsTest {

    private static final Path SOURCES = Path.of("src/test/java/dev/toasty/docs/relations");

    @Test
    void everyJavaBlockOfTheChaptersIsCompiledAndRunHere() {
        Snippets.Result result = Snippets.check(Snippets.chapters(Path.of("relations")), SOURCES);
        assertThat(result.blocks()).isGreaterThan(20);
        assertThat(result.missing()).as("java blocks not found in " + SOURCES).isEmpty();
    }
}
