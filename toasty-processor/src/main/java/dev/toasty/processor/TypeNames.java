package dev.toasty.processor;

import java.util.Locale;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

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
}
