package dev.toasty.spring.data.repository.query;

import dev.toasty.driver.Feature;
import dev.toasty.driver.Capability;
import dev.toasty.schema.Model;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;

import java.lang.reflect.Method;

/**
 * One repository method being turned into a query at startup: the method, its Spring Data view, the
 * model, its paths (and those of the models its relations reach) and the backend's capability. {@link #refuse} builds the exception that stops the
 * repository's creation, naming the repository interface, the method and the reason.
 */
record MethodContext(Class<?> repository, Method method, QueryMethod queryMethod, FieldPaths paths,
                     SchemaPaths schema, Capability capability) {

    Model model() {
        return paths.model();
    }

    QueryCreationException refuse(String reason) {
        return QueryCreationException.create(queryMethod, where() + ": " + reason);
    }

    QueryCreationException refuse(String reason, Throwable cause) {
        return QueryCreationException.create(queryMethod, where() + ": " + reason, cause);
    }

    /** A refusal because the backend lacks a feature. */
    QueryCreationException unsupported(String what, Feature feature) {
        return refuse(what + " is not supported on " + capability.backend() + " (it lacks the feature " + feature
                + "); use another keyword, or a query through Toasty's API for this backend");
    }

    private String where() {
        return repository.getName() + "." + method.getName();
    }
}
