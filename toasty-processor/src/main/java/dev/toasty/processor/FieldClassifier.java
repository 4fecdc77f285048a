package dev.toasty.processor;

import dev.toasty.annotation.Decimal;
import dev.toasty.annotation.Embeddable;
import dev.toasty.annotation.EnumStorage;
import dev.toasty.annotation.Enumerated;
import dev.toasty.annotation.Json;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.TypeErrors;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the {@link FieldShape} of a model field or embeddable component from its type and annotations, in
 * the order the runtime schema builder decides it ({@code Deferred}, {@code @Convert}, zoned date-times,
 * embeddables, then scalars, JSON, enums and arrays), and reports what keeps a type from being stored with
 * the runtime's texts. Relation fields of models are not given to it.
 */
final class FieldClassifier {

    private static final String DEFERRED = "dev.toasty.Deferred";
    private static final String BIG_DECIMAL_ONLY = "@Decimal applies to BigDecimal fields only";
    private static final Set<String> COMPARABLE = Set.of("char", "java.lang.Character", "java.time.Duration");
    private static final Set<String> ZONED = Set.of("java.time.OffsetDateTime", "java.time.ZonedDateTime");
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set");
    private static final Set<FieldType> ARRAY_ELEMENTS = Set.of(FieldType.STRING, FieldType.INT, FieldType.LONG,
            FieldType.DOUBLE, FieldType.BOOLEAN, FieldType.UUID, FieldType.DECIMAL, FieldType.LOCAL_DATE);
    /** Types stored as JSON without {@code @Json}, with their subtypes; a missing one (no Jackson on the class path) is skipped. */
    private static final List<String> JSON_TYPES = List.of("tools.jackson.databind.JsonNode", "java.util.Map");

    private final Types types;
    private final Elements elements;
    private final BiConsumer<String, Element> error;
    private final EnumChecker enums;
    private final ConverterChecker converters;
    private final Embeddables embeddables;

    FieldClassifier(Types types, Elements elements, BiConsumer<String, Element> error) {
        this.types = types;
        this.elements = elements;
        this.error = error;
        this.enums = new EnumChecker(elements, error);
        this.converters = new ConverterChecker(types, elements, error);
        this.embeddables = new Embeddables(this, elements, error);
    }

    Embeddables embeddables() {
        return embeddables;
    }

    /** The shape of a model's non-relation field, or null after reporting why Toasty cannot store it. */
    FieldShape field(String model, Element member) {
        return member(model, member.getSimpleName().toString(), member, member, member.asType());
    }

    /**
     * The shape of a component of an {@code @Embeddable} record, named {@code field} under the model field that
     * holds it ({@code home.city}), or null after reporting why it cannot be one.
     */
    FieldShape component(String model, String field, Element member) {
        TypeMirror type = member.asType();
        FieldRelation.Kind relation = relationKind(type);
        if (relation != null) {
            error.accept(FieldErrors.relationInEmbeddable(model, field, relation.simpleName()), member);
            return null;
        }
        if (isDeferred(type)) {
            error.accept(FieldErrors.deferredInEmbeddable(model, field), member);
            return null;
        }
        return member(model, field, member, member, type);
    }

    /**
     * The shape of a value of {@code type}, read with the annotations of {@code annotated} (null for a
     * converter's stored type, which has none); mistakes are reported on {@code at}.
     */
    private FieldShape member(String model, String name, Element annotated, Element at, TypeMirror type) {
        if (isDeferred(type)) {
            return deferred(model, name, annotated, at, (DeclaredType) type);
        }
        if (annotated != null && ConverterChecker.converterClass(annotated) != null) {
            return converted(model, name, annotated, at, type);
        }
        if (ZONED.contains(qualified(type))) {
            return FieldShape.of(FieldShape.Kind.ZONED, type);
        }
        TypeElement embeddable = type.getKind() == TypeKind.DECLARED && element(type).getAnnotation(Embeddable.class) != null
                ? element(type) : null;
        if (embeddable != null && (annotated == null || annotated.getAnnotation(Json.class) == null)) {
            return embedded(model, name, at, embeddable);
        }
        return scalar(model, name, annotated, at, type);
    }

    private FieldShape deferred(String model, String name, Element annotated, Element at, DeclaredType deferred) {
        List<? extends TypeMirror> arguments = deferred.getTypeArguments();
        TypeMirror inner = arguments.size() == 1 ? arguments.get(0) : null;
        if (inner == null || inner.getKind() != TypeKind.DECLARED && inner.getKind() != TypeKind.ARRAY) {
            error.accept(FieldErrors.rawType(model, name, "Deferred", "Deferred<String>"), at);
            return null;
        }
        if (relationKind(inner) != null) {
            error.accept(FieldErrors.deferredRelation(model, name), at);
            return null;
        }
        FieldShape shape = member(model, name, annotated, at, inner);
        if (shape != null && shape.multiColumn()) {
            error.accept(TypeErrors.badDeferred(model, name, TypeNames.runtime(inner, elements)), at);
            return null;
        }
        return shape == null ? null : shape.asDeferred();
    }

    private FieldShape converted(String model, String name, Element annotated, Element at, TypeMirror type) {
        // The runtime would ignore these: the converter alone decides the stored value.
        if (annotated.getAnnotation(Enumerated.class) != null || annotated.getAnnotation(Decimal.class) != null) {
            error.accept(annotated.getAnnotation(Enumerated.class) != null ? TypeErrors.notEnum(model, name)
                    : TypeErrors.badDecimal(model, name, BIG_DECIMAL_ONLY), at);
            return null;
        }
        ConverterChecker.Conversion conversion = converters.check(model, name, at, type);
        if (conversion == null) {
            return null;
        }
        // The stored type is read as a field without annotations would be, as the runtime reads it.
        FieldShape stored = member(model, name, null, at, conversion.storedType());
        return stored == null ? null : FieldShape.converted(boxed(type), stored);
    }

    private FieldShape embedded(String model, String name, Element at, TypeElement type) {
        if (embeddables.inProgress(type)) {
            error.accept(FieldErrors.embeddableCycle(model, name, ModelChecker.modelName(type)), at);
            return null;
        }
        EmbeddableType checked = embeddables.check(type, model, name);
        return checked == null ? null : FieldShape.embedded(checked);
    }

    /** A one-column value: JSON, an enum, {@code char} or {@code Duration}, an array, or a {@link FieldType}. */
    private FieldShape scalar(String model, String name, Element annotated, Element at, TypeMirror type) {
        String qualified = qualified(type);
        boolean isEnum = type.getKind() == TypeKind.DECLARED && element(type).getKind() == ElementKind.ENUM;
        Enumerated enumerated = annotated == null ? null : annotated.getAnnotation(Enumerated.class);
        Decimal decimal = annotated == null ? null : annotated.getAnnotation(Decimal.class);
        String problem = annotationProblem(model, name, enumerated != null && !isEnum, decimal, qualified);
        if (problem != null) {
            error.accept(problem, at);
            return null;
        }
        if (annotated != null && annotated.getAnnotation(Json.class) != null || isJsonType(type)) {
            return FieldShape.of(FieldShape.Kind.JSON, boxed(type));
        }
        if (isEnum) {
            EnumStorage storage = enumerated == null ? EnumStorage.NAME : enumerated.value();
            return enums.check(model, name, at, element(type), storage) ? FieldShape.of(FieldShape.Kind.ENUM, type) : null;
        }
        if (COMPARABLE.contains(qualified)) {
            return FieldShape.of(FieldShape.Kind.COMPARABLE, boxed(type));
        }
        if (COLLECTIONS.contains(qualified)) {
            return array(model, name, at, (DeclaredType) type);
        }
        FieldType scalar = FieldType.forTypeName(qualified);
        if (scalar != null) {
            return FieldShape.scalar(scalar, boxed(type));
        }
        boolean isRecord = type.getKind() == TypeKind.DECLARED && element(type).getKind() == ElementKind.RECORD;
        error.accept(isRecord ? TypeErrors.notEmbeddable(model, name, TypeNames.runtime(types.erasure(type), elements))
                : ModelErrors.unsupportedType(model, name, TypeNames.runtime(type, elements)), at);
        return null;
    }

    /** What is wrong with {@code @Enumerated} or {@code @Decimal} on a one-column value, in the runtime's order; null if nothing. */
    private static String annotationProblem(String model, String name, boolean enumeratedNotEnum, Decimal decimal, String type) {
        if (enumeratedNotEnum) {
            return TypeErrors.notEnum(model, name);
        }
        if (decimal == null) {
            return null;
        }
        if (!type.equals("java.math.BigDecimal")) {
            return TypeErrors.badDecimal(model, name, BIG_DECIMAL_ONLY);
        }
        if (decimal.precision() < 1 || decimal.scale() < 0 || decimal.scale() > decimal.precision()) {
            return TypeErrors.badDecimal(model, name, "@Decimal(precision = " + decimal.precision() + ", scale = " + decimal.scale()
                    + ") needs a precision of at least 1 and a scale from 0 to the precision");
        }
        return null;
    }

    private FieldShape array(String model, String name, Element at, DeclaredType collection) {
        if (collection.getTypeArguments().isEmpty()) {
            String simple = collection.asElement().getSimpleName().toString();
            error.accept(FieldErrors.rawType(model, name, simple, simple + "<String>"), at);
            return null;
        }
        TypeMirror element = collection.getTypeArguments().get(0);
        if (element.getKind() != TypeKind.DECLARED) {
            error.accept(TypeErrors.badElement(model, name, TypeNames.runtime(element, elements)), at);
            return null;
        }
        if (element(element).getKind() == ElementKind.ENUM) {
            // Enum elements are stored by name, whatever the field's annotations say.
            return enums.check(model, name, at, element(element), EnumStorage.NAME) ? FieldShape.array(collection, element) : null;
        }
        FieldType elementType = FieldType.forTypeName(qualified(element));
        if (elementType == null || !ARRAY_ELEMENTS.contains(elementType)) {
            error.accept(TypeErrors.badElement(model, name, element(element).getSimpleName().toString()), at);
            return null;
        }
        return FieldShape.array(collection, element);
    }

    private boolean isJsonType(TypeMirror type) {
        for (String name : JSON_TYPES) {
            TypeElement json = elements.getTypeElement(name);
            if (json != null && types.isAssignable(types.erasure(type), types.erasure(json.asType()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDeferred(TypeMirror type) {
        return type instanceof DeclaredType declared && element(declared).getQualifiedName().contentEquals(DEFERRED);
    }

    private static FieldRelation.Kind relationKind(TypeMirror type) {
        return type instanceof DeclaredType declared ? FieldRelation.Kind.forTypeName(element(declared).getQualifiedName().toString())
                : null;
    }

    private String qualified(TypeMirror type) {
        return TypeNames.qualified(types.erasure(type));
    }

    private static TypeElement element(TypeMirror type) {
        return (TypeElement) ((DeclaredType) type).asElement();
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType() : type;
    }
}
