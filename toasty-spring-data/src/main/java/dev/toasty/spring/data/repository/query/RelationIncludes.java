package dev.toasty.spring.data.repository.query;

import dev.toasty.Query;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not API: the relations a repository method loads, resolved once from the dotted chains of
 * {@link dev.toasty.spring.data.repository.Include} ({@code "posts.comments"}) into the schema's
 * {@link RelationPath}s, and added to each query the method runs. Immutable and thread-safe.
 */
public final class RelationIncludes {

    /** Loads nothing. */
    public static final RelationIncludes NONE = new RelationIncludes(new RelationPath<?, ?>[0]);

    private final RelationPath<?, ?>[] paths;

    private RelationIncludes(RelationPath<?, ?>[] paths) {
        this.paths = paths;
    }

    /**
     * The includes of {@code chains}, each a dotted chain of relation names from the model {@code root};
     * an {@link IllegalArgumentException} naming the first name that is not a relation of the model it is read in.
     */
    public static RelationIncludes resolve(SchemaPaths schema, Class<?> root, String[] chains) {
        List<RelationPath<?, ?>> paths = new ArrayList<>();
        for (String chain : chains) {
            paths.add(path(schema, root, chain));
        }
        return paths.isEmpty() ? NONE : new RelationIncludes(paths.toArray(RelationPath<?, ?>[]::new));
    }

    private static RelationPath<Object, Object> path(SchemaPaths schema, Class<?> root, String chain) {
        RelationPath<Object, Object> path = null;
        Relation previous = null;
        Class<?> model = root;
        for (String name : chain.split("\\.", -1)) {
            FieldPaths paths = schema.of(model);
            if (previous != null && previous.polymorphic()) {
                throw new IllegalArgumentException("'" + chain + "': " + previous.qualifiedName() + " is polymorphic, so it "
                        + "can end a chain but not continue to '" + name + "'");
            }
            if (!paths.hasRelation(name)) {
                throw new IllegalArgumentException("'" + chain + "': " + unknown(paths, name, path));
            }
            RelationPath<Object, Object> hop = paths.relation(name);
            path = path == null ? hop : path.then(hop);
            previous = paths.model().relation(name);
            model = previous.target();
        }
        return path;
    }

    private static String unknown(FieldPaths paths, String name, RelationPath<Object, Object> before) {
        String model = paths.model().name() + (before == null ? "" : " (reached through " + before + ")");
        if (name.isBlank()) {
            return "a relation name is empty; write relation names separated by dots (\"posts.comments\")";
        }
        String what = paths.has(name) ? "'" + name + "' is a field of " + model + ", not a relation"
                : model + " has no relation '" + name + "'";
        return what + "; " + paths.model().name() + " has " + (paths.model().relations().isEmpty() ? "no relations"
                : "the relations " + String.join(", ", paths.model().relations().stream().map(Relation::name).toList()));
    }

    public boolean isEmpty() {
        return paths.length == 0;
    }

    /** {@code query} loading these relations too. */
    @SuppressWarnings("unchecked")
    public <T> Query<T> apply(Query<T> query) {
        return paths.length == 0 ? query : query.include((RelationPath<T, ?>[]) paths);
    }

    @Override
    public String toString() {
        return "RelationIncludes" + Arrays.toString(paths);
    }
}
