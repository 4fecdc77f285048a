package dev.toasty.processor;

import dev.toasty.schema.Naming;

import java.util.Set;
import java.util.TreeSet;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The generated declaration of one path: the path type a field's {@link FieldShape} calls for and the
 * expression that creates it, shared by the metamodel of a model ({@code User_}) and the path class of an
 * embeddable ({@code Address_}). Types are written fully qualified; factories of {@code dev.toasty.query.Metamodel}
 * are called by simple name, so the writers import them statically.
 */
final class Paths {

    private static final String QUERY = "dev.toasty.query.";

    /**
     * One path: its declared type, the initializer, the {@code Metamodel} factory it calls (null for an
     * embedded path) and the warnings the declaration must suppress (a generic class literal is an unchecked cast).
     */
    record Code(String type, String initializer, String factory, Set<String> suppressed) {

        /** The field declaration, indented by four spaces, with {@code modifiers} such as {@code public static final}. */
        String declaration(String modifiers, String name) {
            String annotation = suppressed.isEmpty() ? ""
                    : "    @java.lang.SuppressWarnings({\"" + String.join("\", \"", suppressed) + "\"})\n";
            return annotation + "    " + modifiers + " " + type + " " + name + " = " + initializer + ";\n";
        }
    }

    private final Types types;
    private final Elements elements;

    Paths(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** The qualified name of the generated class of {@code type}: {@code com.acme.User_}, {@code com.acme.Outer_Inner_}. */
    String generatedName(TypeElement type) {
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        String nested = pkg.isEmpty() ? type.getQualifiedName().toString()
                : type.getQualifiedName().toString().substring(pkg.length() + 1);
        String simple = Naming.metamodelName(nested);
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }

    /**
     * The path of a field of shape {@code shape}, for model type {@code m} (as written in the generated class),
     * created from the expressions of the model class and of the field's name.
     */
    Code code(FieldShape shape, String m, String modelClass, String name) {
        String args = modelClass + ", " + name;
        Set<String> suppressed = new TreeSet<>();
        String value = TypeNames.source(shape.valueType(), types);
        return switch (shape.kind()) {
            case SCALAR -> switch (shape.scalar()) {
                case STRING -> new Code(QUERY + "StringPath<" + m + ">", "string(" + args + ")", "string", suppressed);
                case BOOLEAN -> new Code(QUERY + "BooleanPath<" + m + ">", "bool(" + args + ")", "bool", suppressed);
                case BYTES -> new Code(QUERY + "Path<" + m + ", byte[]>", "path(" + args + ", byte[].class)", "path", suppressed);
                default -> comparable(m, value, args, suppressed);
            };
            case COMPARABLE, ZONED -> comparable(m, value, args, suppressed);
            case ENUM -> new Code(QUERY + "Path<" + m + ", " + value + ">", "path(" + args + ", " + value + ".class)", "path",
                    suppressed);
            case CONVERTED -> new Code(QUERY + "Path<" + m + ", " + value + ">",
                    "path(" + args + ", " + classLiteral(shape.valueType(), suppressed) + ")", "path", suppressed);
            case JSON -> new Code(QUERY + "JsonPath<" + m + ", " + value + ">",
                    "json(" + args + ", " + classLiteral(shape.valueType(), suppressed) + ")", "json", suppressed);
            case ARRAY -> {
                String element = TypeNames.source(shape.element(), types);
                yield new Code(QUERY + "ArrayPath<" + m + ", " + value + ", " + element + ">",
                        "array(" + args + ", " + classLiteral(shape.valueType(), suppressed) + ", " + element + ".class)", "array",
                        suppressed);
            }
            case EMBEDDED -> {
                String pathClass = generatedName(shape.embeddable().type());
                yield new Code(pathClass + "<" + m + ">", "new " + pathClass + "<>(" + args + ")", null, suppressed);
            }
        };
    }

    private static Code comparable(String m, String value, String args, Set<String> suppressed) {
        return new Code(QUERY + "ComparablePath<" + m + ", " + value + ">", "comparable(" + args + ", " + value + ".class)",
                "comparable", suppressed);
    }

    /** {@code Foo.class}, or for a generic type a cast of the raw class literal, which is unchecked. */
    private String classLiteral(TypeMirror type, Set<String> suppressed) {
        String written = TypeNames.source(type, types);
        String erased = TypeNames.source(types.erasure(type), types);
        if (hasRawType(type)) {
            suppressed.add("rawtypes");
        }
        if (written.equals(erased)) {
            return erased + ".class";
        }
        suppressed.add("unchecked");
        return "(java.lang.Class<" + written + ">) (java.lang.Class<?>) " + erased + ".class";
    }

    private boolean hasRawType(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return hasRawType(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null && hasRawType(wildcard.getExtendsBound())
                    || wildcard.getSuperBound() != null && hasRawType(wildcard.getSuperBound());
        }
        if (type instanceof TypeVariable) {
            return hasRawType(types.erasure(type));
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            return declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()
                    || declared.getTypeArguments().stream().anyMatch(this::hasRawType);
        }
        return false;
    }

    /** Whether generated code in the model's package can write every type the field's path names. */
    boolean nameable(FieldShape shape) {
        if (shape.kind() == FieldShape.Kind.EMBEDDED) {
            return MetamodelWriter.nameable(shape.embeddable().type());
        }
        return nameable(shape.valueType()) && (shape.element() == null || nameable(shape.element()));
    }

    private boolean nameable(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return nameable(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return (wildcard.getExtendsBound() == null || nameable(wildcard.getExtendsBound()))
                    && (wildcard.getSuperBound() == null || nameable(wildcard.getSuperBound()));
        }
        if (type instanceof TypeVariable) {
            return nameable(types.erasure(type));
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            return MetamodelWriter.nameable(element) && declared.getTypeArguments().stream().allMatch(this::nameable);
        }
        return true;
    }
}
