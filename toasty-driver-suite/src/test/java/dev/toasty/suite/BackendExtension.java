package dev.toasty.suite;

import dev.toasty.Toasty;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.stream.Stream;

/** Yields one invocation of a {@link DriverTest} per backend, gated by {@link Requires}, on an empty schema. */
final class BackendExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DriverTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Backends.all().stream().map(Invocation::new);
    }

    private record Invocation(Backend backend) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + backend.name() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Gate(backend), new Reset(backend), new Parameters(backend));
        }
    }

    private record Gate(Backend backend) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (backend.unavailable() != null && !backend.required()) {
                return ConditionEvaluationResult.disabled(backend.name() + " unavailable: " + backend.unavailable());
            }
            if (backend.unavailable() != null) {
                return ConditionEvaluationResult.enabled(backend.name() + " required but unavailable");
            }
            Requires[] conditions = context.getTestMethod().map(m -> m.getAnnotationsByType(Requires.class))
                    .orElse(new Requires[0]);
            for (Requires requires : conditions) {
                if (backend.has(requires.value()) == requires.absent()) {
                    return ConditionEvaluationResult.disabled(backend.name() + (requires.absent() ? " has " : " lacks ")
                            + "capability " + requires.value());
                }
            }
            return ConditionEvaluationResult.enabled(backend.name());
        }
    }

    private record Reset(Backend backend) implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            backend.reset();
        }
    }

    private record Parameters(Backend backend) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            return type == Toasty.class || type == Backend.class || type == Recorder.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            if (type == Toasty.class) {
                return backend.db();
            }
            return type == Backend.class ? backend : backend.recorder();
        }
    }
}
