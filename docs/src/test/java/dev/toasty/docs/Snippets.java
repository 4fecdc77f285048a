package dev.toasty.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that every {@code java} block of some Markdown chapters is code of a test source tree: a block
 * edited in the Markdown only, or code changed in the sources only, shows up as missing. Lines are compared
 * without indentation and empty lines.
 */
public final class Snippets {

    /** The outcome: how many blocks were read, and which were not found. */
    public record Result(int blocks, List<String> missing) {
    }

    private Snippets() {
    }

    /** Checks the blocks of {@code chapters} against every Java file under {@code sources}. */
    public static Result check(List<Path> chapters, Path sources) {
        List<List<String>> code = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> code.add(normalized(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>();
        int blocks = 0;
        for (Path chapter : chapters) {
            for (List<String> block : javaBlocks(read(chapter))) {
                blocks++;
                List<String> lines = normalized(block);
                if (code.stream().noneMatch(source -> !lines.isEmpty() && Collections.indexOfSubList(source, lines) >= 0)) {
                    missing.add(chapter + ": the block beginning '" + (lines.isEmpty() ? "" : lines.get(0)) + "'");
                }
            }
        }
        return new Result(blocks, missing);
    }

    /** The Markdown files directly in {@code directory}, in name order. */
    public static List<Path> chapters(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
