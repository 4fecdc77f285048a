package dev.toasty.processor;

import dev.toasty.annotation.Column;
import dev.toasty.annotation.Model;
import dev.toasty.schema.Naming;
import dev.toasty.schema.TypeErrors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks each {@code @Embeddable} type once, however many fields hold it, and remembers the outcome: it is a
 * record (not also a {@code @Model}), and every component can be stored, nested embeddables included but
 * never itself. A mistake in a component is reported once, on the component, named as the runtime names it
 * under the first field found holding the record ({@code Model com.acme.User, field home.zip}).
 */
final class Embeddables {

    private final FieldClassifier classifier;
    private final Elements elements;
    private final BiConsumer<String, Element> error;
    /** Qualified name to the checked type, empty when it has mistakes. */
    private final Map<String, Optional<EmbeddableType>> checked = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    Embeddables(FieldClassifier classifier, Elements elements, BiConsumer<String, Element> error) {
        this.classifier = classifier;
        this.elements = elements;
        this.error = error;
    }

    /** Whether {@code type} is being checked right now, so that holding it again would be a cycle. */
    boolean inProgress(TypeElement type) {
        return inProgress.contains(key(type));
    }

    /**
     * The checked embeddable, or null when it has mistakes (reported when first checked). {@code model} and
     * {@code field} name the holding field in error texts; an embeddable checked on its own names itself.
     */
    EmbeddableType check(TypeElement type, String model, String field) {
        String key = key(type);
        Optional<EmbeddableType> known = checked.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        inProgress.add(key);
        EmbeddableType result = checkNew(type, model, field);
        inProgress.remove(key);
        checked.put(key, Optional.ofNullable(result));
        return result;
    }

    /** Checks an embeddable no model of this round holds yet; its components are named after the record itself. */
    EmbeddableType check(TypeElement type) {
        return check(type, ModelChecker.modelName(type), null);
    }

    private EmbeddableType checkNew(TypeElement type, String model, String field) {
        if (type.getKind() != ElementKind.RECORD) {
            error.accept(TypeErrors.embeddableNotRecord(elements.getBinaryName(type).toString()), type);
            return null;
        }
        if (type.getAnnotation(Model.class) != null) {
            return null; // reported when the model is checked
        }
        List<EmbeddableType.Component> components = new ArrayList<>();
        boolean valid = true;
        for (RecordComponentElement member : type.getRecordComponents()) {
            String name = member.getSimpleName().toString();
            FieldShape shape = classifier.component(model, field == null ? name : field + "." + name, member);
            valid &= shape != null;
            Column column = member.getAnnotation(Column.class);
            String suffix = column != null ? column.value() : Naming.snakeCase(name);
            components.add(new EmbeddableType.Component(name, member, suffix, shape));
        }
        return valid ? new EmbeddableType(type, List.copyOf(components)) : null;
    }

    private static String key(TypeElement type) {
        String qualified = type.getQualifiedName().toString();
        // A local record has no qualified name; its identity is good enough within one compilation.
        return qualified.isEmpty() ? type.getSimpleName() + "@" + System.identityHashCode(type) : qualified;
    }
}
