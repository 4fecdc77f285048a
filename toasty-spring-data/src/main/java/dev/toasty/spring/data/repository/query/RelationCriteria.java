package dev.toasty.spring.data.repository.query;

import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;
import dev.toasty.spring.data.repository.query.Criterion.Operator;

import java.util.stream.Collectors;

/**
 * The criteria of a derived query that test a relation itself ({@code PostsIsEmpty}, {@code AuthorIsNull}).
 * Whether the backend can filter across the relation (DynamoDB only along belongs-to relations) is the
 * engine's to say when {@link DerivedQuery} asks it. Startup only; stateless.
 */
final class RelationCriteria {

    private RelationCriteria() {
    }

    /** The criterion of a condition on a relation itself: IsEmpty/IsNotEmpty for a has-many, IsNull/IsNotNull for one record. */
    static Criterion create(MethodContext method, Condition condition) {
        PropertyChain property = condition.property();
        Relation relation = property.lastRelation();
        Operator operator = switch (condition.type()) {
            case IS_EMPTY -> relation.many() ? Operator.UNRELATED : null;
            case IS_NOT_EMPTY -> relation.many() ? Operator.RELATED : null;
            case IS_NULL -> relation.many() ? null : Operator.UNRELATED;
            case IS_NOT_NULL -> relation.many() ? null : Operator.RELATED;
            default -> null;
        };
        if (operator == null) {
            throw method.refuse("'" + property.dotPath() + "' is the " + kind(relation) + " relation " + relation.qualifiedName()
                    + ", not a field: test it with " + (relation.many() ? "IsEmpty or IsNotEmpty" : "IsNull or IsNotNull")
                    + ", or name a field of " + relation.target().getSimpleName() + " after it (" + example(method, property) + ")");
        }
        if (relation.polymorphic()) {
            throw method.refuse(relation.qualifiedName() + " is polymorphic: Toasty does not filter across it; filter by its "
                    + "type with " + relation.owner().getSimpleName() + "_." + relation.name() + ".isA(...) in a query");
        }
        return new Criterion(operator, null, property.via(method.schema()), false, new int[0], Values.identity());
    }

    private static String kind(Relation relation) {
        return switch (relation.kind()) {
            case BELONGS_TO -> "belongs-to";
            case HAS_ONE -> "has-one";
            case HAS_MANY -> relation.through() == null ? "has-many" : "many-to-many";
        };
    }

    /** {@code findByAuthorName}: the chain followed by a non-key field of its target, as a method name. */
    private static String example(MethodContext method, PropertyChain property) {
        Model target = method.schema().of(property.lastRelation().target()).model();
        Field field = target.fields().stream().filter(f -> !f.key()).findFirst().orElse(target.fields().get(0));
        String chain = property.relations().stream().map(r -> capitalize(r.name())).collect(Collectors.joining());
        return "findBy" + chain + capitalize(field.name());
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
