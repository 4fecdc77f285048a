package dev.toasty.spring.data.repository.query;

import dev.toasty.query.Path;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Field;
import dev.toasty.schema.Relation;

import java.util.List;

/**
 * A property named in a method name, resolved against the schema: the relations it crosses from the
 * repository's model ({@code author} in {@code findByAuthorName}), then a field of the model they
 * reach; or no field when it names a relation itself ({@code findByPostsIsEmpty}). Immutable.
 */
record PropertyChain(Class<?> root, List<Relation> relations, Field field) {

    PropertyChain {
        relations = List.copyOf(relations);
    }

    boolean crossesRelation() {
        return !relations.isEmpty();
    }

    /** Whether the chain ends on a relation rather than a field. */
    boolean isRelation() {
        return field == null;
    }

    Relation lastRelation() {
        return relations.get(relations.size() - 1);
    }

    /** The model that holds {@link #field()}: the target of the last relation, or the repository's model. */
    Class<?> owner() {
        return relations.isEmpty() ? root : lastRelation().target();
    }

    /** The path of the field in its own model ({@code User_.name}); null for a chain ending on a relation. */
    Path<Object, Object> fieldPath(SchemaPaths schema) {
        return field == null ? null : schema.of(owner()).path(field.name());
    }

    /** The relations as one path from the repository's model ({@code Post_.author}); null when there are none. */
    RelationPath<Object, Object> via(SchemaPaths schema) {
        RelationPath<Object, Object> path = null;
        for (Relation relation : relations) {
            RelationPath<Object, Object> hop = schema.of(relation.owner()).relation(relation.name());
            path = path == null ? hop : path.then(hop);
        }
        return path;
    }

    /** {@code author.name}, as Spring Data writes property paths. */
    String dotPath() {
        StringBuilder out = new StringBuilder();
        for (Relation relation : relations) {
            out.append(out.isEmpty() ? "" : ".").append(relation.name());
        }
        if (field != null) {
            out.append(out.isEmpty() ? "" : ".").append(field.name());
        }
        return out.toString();
    }
}
