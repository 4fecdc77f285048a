package dev.toasty.processor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The index of a compilation's valid models, written once in the last round as the class-path resource
 * {@value #RESOURCE}: one binary class name per line ({@code com.acme.Outer$Inner} for a nested model), sorted, so
 * that tools such as the {@code toasty} command line find the models without scanning classes. Local models are left
 * out, since no tool can name them. Not thread-safe; one per processor.
 */
final class ModelIndex {

    /** Where the index goes in the class output. */
    static final String RESOURCE = "META-INF/toasty/models";

    private final Filer filer;
    private final Elements elements;
    /** Binary name to the model, sorted by name. */
    private final Map<String, TypeElement> models = new TreeMap<>();

    ModelIndex(Filer filer, Elements elements) {
        this.filer = filer;
        this.elements = elements;
    }

    void add(TypeElement type) {
        if (!local(type)) {
            models.put(elements.getBinaryName(type).toString(), type);
        }
    }

    /** Writes the index; nothing when the compilation had no valid model. */
    void write() throws IOException {
        if (models.isEmpty()) {
            return;
        }
        Element[] origins = models.values().toArray(Element[]::new);
        var file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE, origins);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (String name : models.keySet()) {
                out.write(name);
                out.write('\n');
            }
        }
    }

    private static boolean local(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return true;
            }
        }
        return false;
    }
}
