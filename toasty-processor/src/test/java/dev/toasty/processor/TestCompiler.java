package dev.toasty.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles in-memory sources with {@link ModelProcessor} (and any extra processors) into a directory. */
final class TestCompiler {

    private TestCompiler() {
    }

    /** The outcome: every diagnostic, and where classes and generated sources went. */
    record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes, Path generated) {

        List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        }

        List<Diagnostic<? extends JavaFileObject>> warnings() {
            return diagnostics.stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .toList();
        }

        Path generatedSource(String qualifiedName) {
            return generated.resolve(qualifiedName.replace('.', '/') + ".java");
        }

        /** Loads a compiled class, with the test class path (engine included) as parent. */
        Class<?> load(String qualifiedName) throws ClassNotFoundException {
            try {
                URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, TestCompiler.class.getClassLoader());
                return Class.forName(qualifiedName, true, loader);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Compiles {@code sources} (qualified class name to source text) under {@code dir}. */
    static Result compile(Path dir, Map<String, String> sources, Processor... extra) {
        List<Processor> processors = new ArrayList<>(List.of(new ModelProcessor()));
        processors.addAll(List.of(extra));
        return compile(dir, sources, List.of(), processors);
    }

    /**
     * Compiles against the test class path plus {@code libraries} (class directories of earlier compilations),
     * running exactly {@code processors} (none: plain javac).
     */
    static Result compile(Path dir, Map<String, String> sources, List<Path> libraries, List<Processor> processors) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
            List<JavaFileObject> units = sources.entrySet().stream().map(e -> source(e.getKey(), e.getValue())).toList();
            StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
            libraries.forEach(library -> classPath.append(java.io.File.pathSeparator).append(library));
            List<String> options = List.of("-classpath", classPath.toString(),
                    "-d", classes.toString(), "-s", generated.toString(), "-Xlint:all,-processing");
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null, units);
            task.setProcessors(processors);
            task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(diagnostics.getDiagnostics(), classes, generated);
    }

    static Result compile(Path dir, String qualifiedName, String source) {
        return compile(dir, Map.of(qualifiedName, source));
    }

    /** The 1-based line of the first line of {@code source} containing {@code snippet}. */
    static long lineOf(String source, String snippet) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + snippet);
    }

    private static JavaFileObject source(String qualifiedName, String text) {
        URI uri = URI.create("string:///" + qualifiedName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
