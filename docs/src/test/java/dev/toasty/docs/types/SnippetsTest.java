package dev.toasty.docs.types;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of the field type chapters (docs/types.md and docs/types/*.md) is code of this
 * package: a model or type declared here, or lines of a test that runs them. A block edited in the Markdown
 * only, or code changed here only, fails this test, so the chapters show what is compiled and run.
 */
class SnippetsTest {

    private static final Path OVERVIEW = Path.of("types.md");
    private static final Path CHAPTERS = Path.of("types");
    private static final Path SOURCES = Path.of("src/test/java/dev/toasty/docs/types");

    @Test
    void everyJavaBlockOfTheChaptersIsCompiledAndRunHere() throws IOException {
        List<List<String>> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(normalized(read(f))));
        }
        List<Path> chapters = new ArrayList<>(List.of(OVERVIEW));
        try (Stream<Path> files = Files.list(CHAPTERS)) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(chapters::add);
        }
        List<String> missing = new ArrayList<>();
        int blocks = 0;
        for (Path chapter : chapters) {
            for (List<String> block : javaBlocks(read(chapter))) {
                blocks++;
                List<String> lines = normalized(block);
                if (sources.stream().noneMatch(source -> contains(source, lines))) {
                    missing.add(chapter + ": the block beginning '" + lines.get(0) + "'");
                }
            }
        }
        assertThat(chapters).hasSizeGreaterThan(6);
        assertThat(blocks).isGreaterThan(30);
        assertThat(missing).as("java blocks not found in " + SOURCES).isEmpty();
    }

    private static List<List<String>> javaBlocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    /** The lines without indentation and trailing blanks, empty lines dropped. */
    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean contains(List<String> source, List<String> block) {
        return !block.isEmpty() && Collections.indexOfSubList(source, block) >= 0;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
