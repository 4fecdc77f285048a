package dev.toasty.spring.data.repository.query;

import dev.toasty.schema.Field;
import dev.toasty.schema.Relation;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.core.TypeInformation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the property of a method name ({@code Name}, {@code AuthorName}, {@code Author_Name},
 * {@code PostsTagsName}) against the schema the way Spring Data's {@code PropertyPath} does against
 * classes: the whole name first, then ever shorter heads split at a capital, the rest continuing from
 * the target of the relation the head names; {@code _} separates explicitly. A failure names the part
 * that resolved deepest. Used at startup only; stateless.
 */
final class PropertyResolver {

    private static final Pattern LAST_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*$");

    private final MethodContext method;
    private final SchemaPaths schema;

    PropertyResolver(MethodContext method) {
        this.method = method;
        this.schema = method.schema();
    }

    /** The chain {@code source} names from the repository's model; refused naming the property when it names none. */
    PropertyChain resolve(String source) {
        try {
            return resolve(method.model().type(), source);
        } catch (Unresolved e) {
            throw e.end == null ? method.refuse(e.reason(schema), e.cause()) : method.refuse(e.reason(schema));
        }
    }

    private PropertyChain resolve(Class<?> root, String source) {
        PropertyChain chain = null;
        for (String segment : source.split("_")) {
            if (segment.isEmpty()) {
                continue;
            }
            chain = chain == null ? create(root, segment, "", new PropertyChain(root, List.of(), null))
                    : continueFrom(chain, segment);
        }
        if (chain == null) {
            throw new Unresolved(root, List.of(), source, null);
        }
        return chain;
    }

    private PropertyChain create(Class<?> model, String source, String tail, PropertyChain base) {
        PropertyChain head = property(model, source, base);
        if (head != null) {
            return tail.isEmpty() ? head : continueFrom(head, tail);
        }
        Unresolved notFound = new Unresolved(model, base.relations(), decapitalize(source), null);
        Matcher word = LAST_WORD.matcher(source);
        if (word.find() && word.start() != 0) {
            try {
                return create(model, source.substring(0, word.start()), source.substring(word.start()) + tail, base);
            } catch (Unresolved deeper) {
                throw deeper.depth() > notFound.depth() ? deeper : notFound;
            }
        }
        throw notFound;
    }

    /** Resolves {@code tail} from the model {@code chain} reaches; a field or a polymorphic relation ends the chain. */
    private PropertyChain continueFrom(PropertyChain chain, String tail) {
        if (!chain.isRelation() || chain.lastRelation().polymorphic()) {
            throw new Unresolved(chain.owner(), chain.relations(), decapitalize(tail), chain);
        }
        return create(chain.owner(), tail, "", chain);
    }

    private PropertyChain property(Class<?> model, String source, PropertyChain base) {
        FieldPaths paths = schema.of(model);
        for (String name : List.of(decapitalize(source), uncapitalize(source))) {
            if (paths.has(name)) {
                return new PropertyChain(base.root(), base.relations(), paths.model().field(name));
            }
            if (paths.hasRelation(name)) {
                List<Relation> relations = new ArrayList<>(base.relations());
                relations.add(paths.model().relation(name));
                return new PropertyChain(base.root(), relations, null);
            }
        }
        return null;
    }

    /** As {@code java.beans.Introspector.decapitalize}: {@code Name} is {@code name}, {@code URL} stays. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return uncapitalize(name);
    }

    private static String uncapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * A property no model along the way has: {@code name} looked up in {@code model} after crossing
     * {@code crossed}; or, with {@code end} set, a name after a field or a polymorphic relation.
     */
    static final class Unresolved extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Class<?> model;
        private final transient List<Relation> crossed;
        private final String name;
        private final transient PropertyChain end;

        Unresolved(Class<?> model, List<Relation> crossed, String name, PropertyChain end) {
            super(name, null, false, false);
            this.model = model;
            this.crossed = crossed;
            this.name = name;
            this.end = end;
        }

        int depth() {
            return crossed.size() + (end != null && !end.isRelation() ? 1 : 0);
        }

        /** Spring Data's exception for the missing property, whose message suggests near names. */
        PropertyReferenceException cause() {
            return new PropertyReferenceException(name, TypeInformation.of(model), List.of());
        }

        /** What went wrong, naming the property, the model and what it has. */
        String reason(SchemaPaths schema) {
            String modelName = model.getSimpleName();
            if (end != null && !end.isRelation()) {
                return "'" + end.dotPath() + "' is a field of " + modelName + ", not a relation: it has no property '"
                        + name + "'";
            }
            if (end != null) {
                Relation r = end.lastRelation();
                return r.qualifiedName() + " is polymorphic (" + r.targets().stream().map(Class::getSimpleName)
                        .collect(Collectors.joining(", ")) + "): a method name cannot reach the fields of its targets ('"
                        + name + "'); query the target model, or filter by type with "
                        + r.owner().getSimpleName() + "_." + r.name() + ".isA(...)";
            }
            String reached = crossed.isEmpty() ? "" : ", reached through " + crossed.get(0).owner().getSimpleName() + "."
                    + crossed.stream().map(Relation::name).collect(Collectors.joining("."));
            return cause().getMessage() + " (" + modelName + (reached.isEmpty() ? "" : reached + ",") + " has "
                    + schema.of(model).describe() + ")";
        }
    }
}
