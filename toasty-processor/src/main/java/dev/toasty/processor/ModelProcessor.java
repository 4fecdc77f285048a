package dev.toasty.processor;

import dev.toasty.annotation.Model;
import dev.toasty.schema.ModelErrors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The Toasty annotation processor: checks every {@code @Model} type as the runtime would and generates its
 * typed metamodel ({@code User_}). Mistakes are compile errors on the user's type or field.
 */
public final class ModelProcessor extends AbstractProcessor {

    /** Table name in lower case to the model that took it, over all rounds, as the runtime's schema sees them all. */
    private final Map<String, String> tables = new HashMap<>();
    /** Models whose field types did not resolve yet; another processor may generate them in a later round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    private ModelChecker checker;
    private MetamodelWriter writer;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        checker = new ModelChecker(env.getMessager(), env.getTypeUtils());
        writer = new MetamodelWriter(env.getFiler(), env.getElementUtils());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Model.class.getName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> models = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                models.add(type);
            }
        }
        deferred.clear();
        for (Element element : round.getElementsAnnotatedWith(Model.class)) {
            if (element instanceof TypeElement type
                    && (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)) {
                models.add(type);
            } else {
                error("@Model is on " + describe(element) + ": a model must be a record or a class", element);
            }
        }
        for (TypeElement type : models) {
            if (checker.resolved(type)) {
                process(type);
            } else if (!round.processingOver() && !type.getQualifiedName().isEmpty()) {
                deferred.add(type.getQualifiedName().toString());
            }
            // Unresolved in the last round: javac reports the missing type itself, so nothing to add.
        }
        // Not claimed, so other processors may read @Model too.
        return false;
    }

    private void process(TypeElement type) {
        CheckedModel model = checker.check(type);
        String other = tables.putIfAbsent(model.table().toLowerCase(Locale.ROOT), model.name());
        if (other != null) {
            error(ModelErrors.sameTable(model.name(), other, model.table()), type);
            return;
        }
        if (!model.valid()) {
            return;
        }
        if (!MetamodelWriter.nameable(type)) {
            // The runtime accepts such a model, so this is no error; only the metamodel cannot be written.
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "Model " + model.name()
                    + " is private or local, so Toasty generates no metamodel for it", type);
            return;
        }
        for (ModelField field : model.fields()) {
            if (field.isRelation() && !MetamodelWriter.nameable(field.relation().target())) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "Relation " + model.name() + "." + field.name()
                        + " points at a private or local class, so the metamodel has no path for it", field.element());
            }
        }
        try {
            writer.write(model);
        } catch (IOException e) {
            error("Toasty could not write the metamodel " + writer.metamodelName(type) + ": " + e.getMessage(), type);
        }
    }

    private static String describe(Element element) {
        String kind = switch (element.getKind()) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> element.getKind().name().toLowerCase(Locale.ROOT);
        };
        String name = element instanceof TypeElement type ? ModelChecker.modelName(type) : element.getSimpleName().toString();
        return kind + " " + name;
    }

    private void error(String message, Element element) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
