package dev.toasty.processor;

import dev.toasty.annotation.EnumCode;
import dev.toasty.annotation.EnumName;
import dev.toasty.annotation.EnumStorage;
import dev.toasty.schema.TypeErrors;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the constants of an enum a field stores, for the storage the field asks for, as the runtime does:
 * by name, every stored name ({@code @EnumName} or the constant's own) differs; by code, every constant has
 * an {@code @EnumCode} and no two share one. Mistakes are reported on the field.
 */
final class EnumChecker {

    private final Elements elements;
    private final BiConsumer<String, Element> error;

    EnumChecker(Elements elements, BiConsumer<String, Element> error) {
        this.elements = elements;
        this.error = error;
    }

    /** Whether the enum can be stored as {@code storage}; reports the first mistake when not. */
    boolean check(String model, String field, Element member, TypeElement enumType, EnumStorage storage) {
        String enumName = elements.getBinaryName(enumType).toString();
        Set<Object> seen = new HashSet<>();
        for (Element constant : enumType.getEnclosedElements()) {
            if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            Object stored;
            if (storage == EnumStorage.CODE) {
                EnumCode code = constant.getAnnotation(EnumCode.class);
                if (code == null) {
                    error.accept(TypeErrors.enumCodeMissing(model, field, enumName, constant.getSimpleName().toString()), member);
                    return false;
                }
                stored = code.value();
            } else {
                EnumName name = constant.getAnnotation(EnumName.class);
                stored = name != null ? name.value() : constant.getSimpleName().toString();
            }
            if (!seen.add(stored)) {
                error.accept(TypeErrors.enumDuplicate(model, field, enumName, String.valueOf(stored)), member);
                return false;
            }
        }
        return true;
    }
}
