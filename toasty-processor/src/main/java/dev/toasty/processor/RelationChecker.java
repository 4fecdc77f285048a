package dev.toasty.processor;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.schema.FieldType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks the relation fields of one model ({@code BelongsTo}, {@code HasMany}, {@code HasOne}) as far as
 * the model and its targets tell: the target is a model, the foreign key fields exist with the target key's
 * types, a polymorphic relation's fields and targets, a many-to-many's join relation. Inverse relations
 * ({@code MappedBy}) span models and are left to the runtime.
 */
final class RelationChecker {

    private static final String POLYMORPHIC = BelongsTo.Polymorphic.class.getCanonicalName();

    /** A key field of a target model. */
    private record KeyField(String name, FieldType type, String simpleType) {
    }

    private final Types types;
    private final BiConsumer<String, Element> error;

    RelationChecker(Types types, BiConsumer<String, Element> error) {
        this.types = types;
        this.error = error;
    }

    /** The relation {@code member} declares, or null when its type is no relation wrapper; reports a final or untyped one. */
    FieldRelation relation(String model, Element member) {
        if (!(member.asType() instanceof DeclaredType wrapper) || !(wrapper.asElement() instanceof TypeElement element)) {
            return null;
        }
        FieldRelation.Kind kind = FieldRelation.Kind.forTypeName(element.getQualifiedName().toString());
        if (kind == null) {
            return null;
        }
        String name = member.getSimpleName().toString();
        List<? extends TypeMirror> arguments = wrapper.getTypeArguments();
        TypeElement target = arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) arguments.get(0)).asElement() : null;
        if (member.getKind() == ElementKind.FIELD && member.getModifiers().contains(Modifier.FINAL)) {
            error.accept(RelationErrors.finalRelation(model, name), member);
        } else if (target == null) {
            error.accept(RelationErrors.noTargetType(model, name, kind.simpleName()), member);
        }
        return new FieldRelation(kind, target);
    }

    /** Checks every relation of {@code type} whose target is known against the model's fields and the targets. */
    void check(String model, TypeElement type, List<ModelField> fields) {
        Map<String, ModelField> columns = byName(fields, false);
        Map<String, ModelField> relations = byName(fields, true);
        for (ModelField field : relations.values()) {
            TypeElement target = field.relation().target();
            if (target == null) {
                continue;
            }
            BelongsTo.Polymorphic polymorphic = field.element().getAnnotation(BelongsTo.Polymorphic.class);
            HasMany.Through through = field.element().getAnnotation(HasMany.Through.class);
            if (field.relation().kind() == FieldRelation.Kind.BELONGS_TO && polymorphic != null) {
                checkPolymorphic(model, type, field, polymorphic, columns);
            } else if (field.relation().kind() == FieldRelation.Kind.BELONGS_TO) {
                checkBelongsTo(model, field, columns);
            } else if (field.relation().kind() == FieldRelation.Kind.HAS_MANY && through != null) {
                checkThrough(model, type, field, through.value(), relations);
            } else {
                requireModel(model, field, target);
            }
        }
    }

    private void checkBelongsTo(String model, ModelField field, Map<String, ModelField> columns) {
        TypeElement target = field.relation().target();
        if (!requireModel(model, field, target)) {
            return;
        }
        List<KeyField> key = keyFields(target);
        BelongsTo.ForeignKey given = field.element().getAnnotation(BelongsTo.ForeignKey.class);
        List<String> names = given != null ? List.of(given.value()) : key == null ? List.of() : defaultNames(field.name(), key);
        String targetName = target.getSimpleName().toString();
        if (key != null && names.size() != key.size()) {
            report(field, RelationErrors.foreignKeyCount(model, field.name(), names.size(), targetName, key.size(),
                    key.stream().map(KeyField::name).collect(Collectors.joining(", "))));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            KeyField targetKey = key == null ? null : key.get(i);
            ModelField foreignKey = columns.get(names.get(i));
            if (foreignKey == null) {
                String holding = targetKey == null ? null : "a " + targetKey.type().javaType().getSimpleName() + " holding "
                        + targetName + "." + targetKey.name();
                report(field, RelationErrors.missingForeignKey(model, field.name(), names.get(i), holding, given != null));
                return;
            }
            if (targetKey != null && foreignKey.type() != null && foreignKey.type() != targetKey.type()) {
                report(field, RelationErrors.foreignKeyType(model, field.name(), foreignKey.name(), simpleType(foreignKey),
                        targetName + "." + targetKey.name(), targetKey.simpleType()));
                return;
            }
        }
    }

    private void checkPolymorphic(String model, TypeElement type, ModelField field, BelongsTo.Polymorphic polymorphic,
                                  Map<String, ModelField> columns) {
        String simpleName = type.getSimpleName().toString();
        ModelField typeField = columns.get(polymorphic.type());
        if (typeField == null || typeField.type() != FieldType.STRING) {
            report(field, RelationErrors.polymorphicType(model, field.name(), polymorphic.type(), simpleName));
            return;
        }
        ModelField keyField = columns.get(polymorphic.key());
        if (keyField == null) {
            report(field, RelationErrors.polymorphicKey(model, field.name(), polymorphic.key(), simpleName));
            return;
        }
        TypeElement target = field.relation().target();
        List<TypeMirror> targets = polymorphicTypes(field.element());
        if (targets.isEmpty() && target.getModifiers().contains(Modifier.SEALED)) {
            targets = List.copyOf(target.getPermittedSubclasses());
        }
        if (targets.isEmpty()) {
            report(field, RelationErrors.polymorphicNoTargets(model, field.name(), target.getSimpleName().toString()));
            return;
        }
        for (TypeMirror listed : targets) {
            if (listed.getKind() != TypeKind.DECLARED) {
                continue; // an unknown class: javac reports it
            }
            TypeElement element = (TypeElement) types.asElement(listed);
            if (!requireModel(model, field, element)) {
                return;
            }
            if (!types.isAssignable(types.erasure(listed), types.erasure(target.asType()))) {
                report(field, RelationErrors.polymorphicNotSubtype(model, field.name(), element.getSimpleName().toString(),
                        target.getSimpleName().toString()));
                return;
            }
            List<KeyField> key = keyFields(element);
            if (key != null && (key.size() != 1 || key.get(0).type() != keyField.type())) {
                report(field, RelationErrors.polymorphicKeyType(model, field.name(), keyField.name(), simpleType(keyField),
                        element.getSimpleName().toString(), key.stream().map(KeyField::name).collect(Collectors.joining(", "))));
                return;
            }
        }
    }

    private void checkThrough(String model, TypeElement type, ModelField field, String via, Map<String, ModelField> relations) {
        ModelField join = relations.get(via);
        if (join == null || join.relation().kind() != FieldRelation.Kind.HAS_MANY
                || join.element().getAnnotation(HasMany.Through.class) != null) {
            report(field, RelationErrors.through(model, field.name(), via, type.getSimpleName().toString()));
            return;
        }
        requireModel(model, field, field.relation().target());
    }

    /** Whether {@code target} is a {@code @Model}; reports it when not. */
    private boolean requireModel(String model, ModelField field, TypeElement target) {
        if (target.getAnnotation(Model.class) != null) {
            return true;
        }
        report(field, RelationErrors.notModel(model, field.name(), ModelChecker.modelName(target)));
        return false;
    }

    /** The key fields of a model in declaration order, or null when they are unknown (none, or a type Toasty cannot store). */
    private List<KeyField> keyFields(TypeElement model) {
        List<KeyField> key = new ArrayList<>();
        for (Element member : ModelChecker.members(model)) {
            if (member.getAnnotation(Key.class) == null) {
                continue;
            }
            TypeMirror erased = types.erasure(member.asType());
            FieldType type = FieldType.forTypeName(TypeNames.qualified(erased));
            if (type == null) {
                return null;
            }
            key.add(new KeyField(member.getSimpleName().toString(), type, TypeNames.simple(erased)));
        }
        return key.isEmpty() ? null : key;
    }

    /** The foreign key fields found by name: {@code author} and key {@code id} give {@code authorId}. */
    private static List<String> defaultNames(String relation, List<KeyField> key) {
        return key.stream().map(k -> relation + Character.toUpperCase(k.name().charAt(0)) + k.name().substring(1)).toList();
    }

    /** The classes listed in {@code @BelongsTo.Polymorphic(types = ...)}, read from the annotation as written. */
    private static List<TypeMirror> polymorphicTypes(Element member) {
        List<TypeMirror> listed = new ArrayList<>();
        for (AnnotationMirror annotation : member.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
            if (!annotationType.getQualifiedName().contentEquals(POLYMORPHIC)) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
                if (e.getKey().getSimpleName().contentEquals("types") && e.getValue().getValue() instanceof List<?> values) {
                    for (Object value : values) {
                        if (value instanceof AnnotationValue v && v.getValue() instanceof TypeMirror listedType) {
                            listed.add(listedType);
                        }
                    }
                }
            }
        }
        return listed;
    }

    private String simpleType(ModelField field) {
        return TypeNames.simple(types.erasure(field.element().asType()));
    }

    private void report(ModelField field, String message) {
        error.accept(message, field.element());
    }

    private static Map<String, ModelField> byName(List<ModelField> fields, boolean relations) {
        return fields.stream().filter(f -> f.isRelation() == relations)
                .collect(Collectors.toMap(ModelField::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
