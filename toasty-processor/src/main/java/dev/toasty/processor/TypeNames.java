package dev.toasty.processor;

import java.util.Locale;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names of erased field types, read from elements rather than {@link TypeMirror#toString()}, which
 * would include type-use annotations such as {@code @Nullable}.
 */
final class TypeNames {

    private TypeNames() {
    }

    /**
     * The name as {@code FieldType.forTypeName} expects it and as the runtime's {@code Class.getTypeName()}
     * writes it in error texts: {@code int}, {@code byte[]}, {@code java.lang.String}.
     */
    static String qualified(TypeMirror erased) {
        if (erased.getKind().isPrimitive()) {
            return erased.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (erased instanceof ArrayType array) {
            return qualified(array.getComponentType()) + "[]";
        }
        if (erased instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            return element.getQualifiedName().toString();
        }
        return erased.toString();
    }

    /** The short name, as the runtime's {@code Class.getSimpleName()} writes it: {@code int}, {@code String}. */
    static String simple(TypeMirror erased) {
        if (erased.getKind().isPrimitive()) {
            return erased.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (erased instanceof ArrayType array) {
            return simple(array.getComponentType()) + "[]";
        }
        if (erased instanceof DeclaredType declared) {
            return declared.asElement().getSimpleName().toString();
        }
        return erased.toString();
    }

    /**
     * The type as generated source writes it: qualified, with its type arguments and without type-use
     * annotations ({@code java.util.List<java.lang.String>}). A type variable is written as its erasure, since
     * generated classes do not declare the model's type parameters.
     */
    static String source(TypeMirror type, Types types) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return source(array.getComponentType(), types) + "[]";
        }
        if (type instanceof TypeVariable) {
            return source(types.erasure(type), types);
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null ? "? extends " + source(wildcard.getExtendsBound(), types)
                    : wildcard.getSuperBound() != null ? "? super " + source(wildcard.getSuperBound(), types) : "?";
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            String name = element.getQualifiedName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            StringBuilder out = new StringBuilder(name).append('<');
            for (int i = 0; i < declared.getTypeArguments().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(source(declared.getTypeArguments().get(i), types));
            }
            return out.append('>').toString();
        }
        return type.toString();
    }

    /**
     * The name the runtime's {@code Type.getTypeName()} gives the same type, for error texts shared with it:
     * binary class names ({@code com.acme.User$Role}) with type arguments, {@code T} for a type variable.
     */
    static String runtime(TypeMirror type, Elements elements) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return runtime(array.getComponentType(), elements) + "[]";
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null ? "? extends " + runtime(wildcard.getExtendsBound(), elements)
                    : wildcard.getSuperBound() != null ? "? super " + runtime(wildcard.getSuperBound(), elements) : "?";
        }
        if (type instanceof TypeVariable variable) {
            return variable.asElement().getSimpleName().toString();
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            StringBuilder out = new StringBuilder(elements.getBinaryName(element));
            for (int i = 0; i < declared.getTypeArguments().size(); i++) {
                out.append(i == 0 ? "<" : ", ").append(runtime(declared.getTypeArguments().get(i), elements));
            }
            return declared.getTypeArguments().isEmpty() ? out.toString() : out.append('>').toString();
        }
        return type.toString();
    }
}
