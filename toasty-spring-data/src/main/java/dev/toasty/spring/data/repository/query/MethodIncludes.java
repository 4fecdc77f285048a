package dev.toasty.spring.data.repository.query;

import dev.toasty.spring.data.repository.Include;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which relations a query method loads: its own {@link Include}, else its repository's, for a method
 * that returns records; none for one that counts, tests existence, deletes or returns a projection.
 * An {@code @Include} of the method's own that cannot apply is refused at startup, naming why.
 */
final class MethodIncludes {

    private static final Set<Execution> READS = EnumSet.of(Execution.SINGLE, Execution.LIST, Execution.STREAM,
            Execution.PAGE, Execution.SLICE, Execution.WINDOW);

    private MethodIncludes() {
    }

    /** The includes of a derived query method. */
    static RelationIncludes of(MethodContext method, Execution execution, Results results) {
        Include own = method.method().getAnnotation(Include.class);
        String refusal = !READS.contains(execution) ? "it returns no records (a count, an existence test or a delete)"
                : results.projects() ? "it returns a projection, which reads columns and no relations" : null;
        if (own != null) {
            if (refusal != null && own.value().length > 0) {
                throw method.refuse("@Include loads relations of the records a method returns, and " + refusal);
            }
            return resolve(method, own.value(), "@Include");
        }
        Include shared = method.repository().getAnnotation(Include.class);
        return shared == null || refusal != null ? RelationIncludes.NONE
                : resolve(method, shared.value(), "@Include of " + method.repository().getSimpleName());
    }

    /** Refuses an {@code @Include} on a native SQL method, whose rows are mapped as the SQL returns them. */
    static void refuseOnNativeSql(MethodContext method) {
        Include own = method.method().getAnnotation(Include.class);
        if (own != null && own.value().length > 0) {
            throw method.refuse("@Include does not apply to native SQL (@Query), whose rows are mapped as the SQL returns "
                    + "them; use a derived query method, or load the relations with Toasty's query API");
        }
    }

    private static RelationIncludes resolve(MethodContext method, String[] chains, String source) {
        try {
            return RelationIncludes.resolve(method.schema(), method.model().type(), chains);
        } catch (IllegalArgumentException e) {
            throw method.refuse(source + ": " + e.getMessage(), e);
        }
    }
}
