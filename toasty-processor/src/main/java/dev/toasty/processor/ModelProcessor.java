package dev.toasty.processor;

import dev.toasty.annotation.Embeddable;
import dev.toasty.annotation.Model;
import dev.toasty.schema.ModelErrors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import javax.tools.JavaFileObject;

/**
 * The Toasty annotation processor: checks every {@code @Model} type as the runtime would and generates its
 * typed metamodel ({@code User_}). Mistakes are compile errors on the user's type or field.
 */
public final class ModelProcessor extends AbstractProcessor {

    /** Table name in lower case to the model that took it, over all rounds, as the runtime's schema sees them all. */
    private final Map<String, String> tables = new HashMap<>();
    /** Models whose field types did not resolve yet; another processor may generate them in a later round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Embeddables whose path class was written (or found already compiled), over all rounds. */
    private final Set<String> written = new HashSet<>();
    private ModelChecker checker;
    private Paths paths;
    private MetamodelWriter writer;
    private EmbeddableWriter embeddableWriter;
    private ModelIndex index;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        checker = new ModelChecker(env.getMessager(), env.getTypeUtils(), env.getElementUtils());
        paths = new Paths(env.getTypeUtils(), env.getElementUtils());
        writer = new MetamodelWriter(env.getFiler(), env.getElementUtils(), paths);
        embeddableWriter = new EmbeddableWriter(env.getFiler(), env.getElementUtils(), paths);
        index = new ModelIndex(env.getFiler(), env.getElementUtils());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Model.class.getName(), Embeddable.class.getName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> models = new ArrayList<>();
        List<TypeElement> embeddables = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                (type.getAnnotation(Model.class) != null ? models : embeddables).add(type);
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
            if (ModelChecker.resolved(type)) {
                process(type);
            } else if (!round.processingOver() && !type.getQualifiedName().isEmpty()) {
                deferred.add(type.getQualifiedName().toString());
            }
            // Unresolved in the last round: javac reports the missing type itself, so nothing to add.
        }
        // After the models, so that a mistake in an embeddable is named after the model field holding it, as at runtime.
        for (Element element : round.getElementsAnnotatedWith(Embeddable.class)) {
            if (element instanceof TypeElement type && type.getAnnotation(Model.class) == null) {
                embeddables.add(type);
            }
            // A type that is also a @Model is reported when the model is checked.
        }
        for (TypeElement type : embeddables) {
            if (ModelChecker.resolved(type)) {
                EmbeddableType checked = checker.embeddables().check(type);
                if (checked != null) {
                    writePathClass(checked);
                }
            } else if (!round.processingOver() && !type.getQualifiedName().isEmpty()) {
                deferred.add(type.getQualifiedName().toString());
            }
        }
        if (round.processingOver()) {
            writeIndex();
        }
        // Not claimed, so other processors may read @Model too.
        return false;
    }

    private void process(TypeElement type) {
        CheckedModel model = checker.check(type);
        // per package: models of other packages may be other views of one table (two versions of an application's
        // models, modules); the engine still refuses two models on one table in one instance
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        String other = tables.putIfAbsent(pkg + " " + model.table().toLowerCase(Locale.ROOT), model.name());
        if (other != null) {
            error(ModelErrors.sameTable(model.name(), other, model.table()), type);
            return;
        }
        if (!model.valid()) {
            return;
        }
        index.add(type);
        if (!MetamodelWriter.nameable(type)) {
            // The runtime accepts such a model, so this is no error; only the metamodel cannot be written.
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "Model " + model.name()
                    + " is private or local, so Toasty generates no metamodel for it", type);
            return;
        }
        for (ModelField field : model.fields()) {
            if (!writer.hasPath(field)) {
                String what = field.isRelation() ? "Relation " + model.name() + "." + field.name() + " points at"
                        : "Field " + model.name() + "." + field.name() + " has a type naming";
                processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, what
                        + " a private or local class, so the metamodel has no path for it", field.element());
            } else if (!field.isRelation() && field.shape().kind() == FieldShape.Kind.EMBEDDED) {
                writePathClass(field.shape().embeddable());
            }
        }
        try {
            writer.write(model);
        } catch (IOException e) {
            error("Toasty could not write the metamodel " + paths.generatedName(type) + ": " + e.getMessage(), type);
        }
    }

    /** The index of every valid model of the compilation, for tools that load the models (the command line). */
    private void writeIndex() {
        try {
            index.write();
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Toasty could not write the model index " + ModelIndex.RESOURCE + ": " + e.getMessage());
        }
    }

    /**
     * Writes the path class of an embeddable and of the embeddables it nests, each once. A record from a
     * library whose path class was compiled with it gets none.
     */
    private void writePathClass(EmbeddableType embeddable) {
        for (EmbeddableType.Component component : embeddable.components()) {
            if (component.shape().kind() == FieldShape.Kind.EMBEDDED && paths.nameable(component.shape())) {
                writePathClass(component.shape().embeddable());
            }
        }
        TypeElement type = embeddable.type();
        String name = paths.generatedName(type);
        if (!MetamodelWriter.nameable(type) || !written.add(name) || compiled(type, name)) {
            return;
        }
        try {
            embeddableWriter.write(embeddable);
        } catch (IOException e) {
            error("Toasty could not write the path class " + name + ": " + e.getMessage(), type);
        }
    }

    /** Whether {@code type} comes from a class file that already has its path class beside it. */
    private boolean compiled(TypeElement type, String pathClass) {
        JavaFileObject file = processingEnv.getElementUtils().getFileObjectOf(type);
        return file != null && file.getKind() == JavaFileObject.Kind.CLASS
                && processingEnv.getElementUtils().getTypeElement(pathClass) != null;
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
