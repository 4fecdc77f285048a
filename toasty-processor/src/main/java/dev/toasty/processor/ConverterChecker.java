package dev.toasty.processor;

import dev.toasty.annotation.Convert;
import dev.toasty.schema.TypeErrors;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the class a {@code @Convert} field names as the runtime will use it: a concrete
 * {@code Converter<J, S>} with a public no-argument constructor whose {@code J} takes the field's type, and
 * finds its stored type {@code S}. Texts are the runtime's {@code TypeErrors.badConverter}.
 */
final class ConverterChecker {

    private static final String CONVERTER = "dev.toasty.Converter";
    private static final String CONVERT = Convert.class.getCanonicalName();

    /** The Java and stored types a converter maps between. */
    record Conversion(TypeElement converter, TypeMirror javaType, TypeMirror storedType) {
    }

    private final Types types;
    private final Elements elements;
    private final BiConsumer<String, Element> error;

    ConverterChecker(Types types, Elements elements, BiConsumer<String, Element> error) {
        this.types = types;
        this.elements = elements;
        this.error = error;
    }

    /** The class in {@code @Convert(...)} on {@code member} as written, or null without the annotation. */
    static TypeMirror converterClass(Element member) {
        for (AnnotationMirror annotation : member.getAnnotationMirrors()) {
            if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().contentEquals(CONVERT)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
                    if (e.getValue().getValue() instanceof TypeMirror type) {
                        return type;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The conversion of a {@code @Convert} field whose value type (without {@code Deferred}) is {@code type},
     * or null after reporting a mistake (or when the class is unknown, which javac reports).
     */
    Conversion check(String model, String field, Element member, TypeMirror type) {
        TypeMirror written = converterClass(member);
        if (written == null || written.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement converter = (TypeElement) types.asElement(written);
        DeclaredType supertype = converterSupertype(converter.asType());
        String why = null;
        if (supertype == null) {
            why = "does not implement dev.toasty.Converter; implement Converter<J, S>";
        } else if (converter.getKind() == ElementKind.INTERFACE || converter.getModifiers().contains(Modifier.ABSTRACT)) {
            why = "is abstract; name a concrete class";
        } else if (!publicNoArgConstructor(converter)) {
            why = "has no public no-argument constructor; add one (Toasty creates one instance and shares it)";
        } else if (supertype.getTypeArguments().size() != 2 || !concrete(supertype.getTypeArguments())) {
            why = "must implement Converter<J, S> with concrete types"; // as the runtime says it
        } else if (!types.isAssignable(types.erasure(boxed(type)), types.erasure(supertype.getTypeArguments().get(0)))) {
            why = "converts " + TypeNames.runtime(supertype.getTypeArguments().get(0), elements) + ", not the field's type "
                    + TypeNames.runtime(types.erasure(type), elements);
        }
        if (why != null) {
            error.accept(TypeErrors.badConverter(model, field, elements.getBinaryName(converter).toString(), why), member);
            return null;
        }
        return new Conversion(converter, supertype.getTypeArguments().get(0), supertype.getTypeArguments().get(1));
    }

    /** {@code Converter<J, S>} as a supertype of {@code type}, with the type's own arguments substituted, or null. */
    private DeclaredType converterSupertype(TypeMirror type) {
        Deque<TypeMirror> open = new ArrayDeque<>(List.of(type));
        while (!open.isEmpty()) {
            TypeMirror next = open.pop();
            if (next instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CONVERTER)) {
                return declared;
            }
            open.addAll(types.directSupertypes(next));
        }
        return null;
    }

    /** An inner class's constructors take the enclosing instance, so the runtime could not call them. */
    private static boolean publicNoArgConstructor(TypeElement converter) {
        boolean inner = converter.getNestingKind() == NestingKind.MEMBER && !converter.getModifiers().contains(Modifier.STATIC);
        return !inner && ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    }

    private static boolean concrete(List<? extends TypeMirror> arguments) {
        return arguments.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED || a.getKind() == TypeKind.ARRAY);
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType() : type;
    }
}
