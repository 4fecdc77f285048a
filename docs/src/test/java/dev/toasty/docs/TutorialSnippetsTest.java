package dev.toasty.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of the tutorial (docs/tutorial.md) is code of the pet clinic sample, main or test
 * sources, and its {@code application.yaml} block is the sample's. A block edited in the Markdown only, or
 * code of the sample changed only there, fails this test, so the tutorial shows code that compiles and passes
 * its tests.
 */
class TutorialSnippetsTest {

    private static final Path TUTORIAL = Path.of("tutorial.md");
    private static final Path SAMPLE = Path.of("../samples/petclinic/src");

    @Test
    void everyJavaBlockIsCodeOfTheSample() {
        Snippets.Result result = Snippets.check(List.of(TUTORIAL), SAMPLE);
        assertThat(result.blocks()).as("java blocks in " + TUTORIAL).isGreaterThanOrEqualTo(25);
        assertThat(result.missing()).as("java blocks not found in " + SAMPLE).isEmpty();
    }

    @Test
    void theApplicationYamlBlockIsTheSamplesFile() throws IOException {
        String chapter = Files.readString(TUTORIAL);
        int start = chapter.indexOf("```yaml\n") + "```yaml\n".length();
        String block = chapter.substring(start, chapter.indexOf("```", start));
        assertThat(block).isEqualTo(Files.readString(SAMPLE.resolve("main/resources/application.yaml")));
    }
}
