package dev.toasty.docs.types;

import dev.toasty.docs.Snippets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of the field type chapters (docs/types.md and docs/types/*.md) is code of this
 * package: a model or type declared here, or lines of a test that runs them. A block edited in the Markdown
 * only, or code changed here only, fails this test, so the chapters show what is compiled and run.
 */
class SnippetsTest {

    private static final Path SOURCES = Path.of("src/test/java/dev/toasty/docs/types");

    @Test
    void everyJavaBlockOfTheChaptersIsCompiledAndRunHere() {
        List<Path> chapters = new ArrayList<>(List.of(Path.of("types.md")));
        chapters.addAll(Snippets.chapters(Path.of("types")));
        Snippets.Result result = Snippets.check(chapters, SOURCES);
        assertThat(chapters).hasSizeGreaterThan(6);
        assertThat(result.blocks()).isGreaterThan(30);
        assertThat(result.missing()).as("java blocks not found in " + SOURCES).isEmpty();
    }
}
