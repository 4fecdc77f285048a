package dev.toasty.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** A test processor that writes one source file in the first round, so that it is compiled in the second. */
final class GeneratingProcessor extends AbstractProcessor {

    private final String name;
    private final String source;
    private boolean written;

    GeneratingProcessor(String name, String source) {
        this.name = name;
        this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!written) {
            written = true;
            try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                out.write(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
