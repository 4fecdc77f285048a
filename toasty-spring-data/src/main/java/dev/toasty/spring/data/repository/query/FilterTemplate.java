package dev.toasty.spring.data.repository.query;

import dev.toasty.query.Filter;

import java.util.ArrayList;
import java.util.List;

/**
 * The filter of a derived query as parsed once at startup: an OR of ANDs of {@link Criterion}s, as
 * the method name says ({@code findByAgeGreaterThanAndActiveTrueOrEmailIsNull}). {@link #bind} fills
 * in one call's arguments. Immutable.
 */
final class FilterTemplate {

    private final List<List<Criterion>> branches;
    private final Object[] samples;

    private FilterTemplate(List<List<Criterion>> branches, Object[] samples) {
        this.branches = branches;
        this.samples = samples;
    }

    static FilterTemplate of(MethodContext method, MethodName name) {
        Arguments arguments = new Arguments(method);
        Samples samples = new Samples(method.method().getParameterCount());
        List<List<Criterion>> branches = new ArrayList<>();
        for (List<Condition> or : name.branches()) {
            List<Criterion> branch = new ArrayList<>();
            for (Condition condition : or) {
                branch.add(Criteria.create(method, condition, arguments, samples));
            }
            branches.add(List.copyOf(branch));
        }
        arguments.checkAllUsed();
        return new FilterTemplate(List.copyOf(branches), samples.args());
    }

    /** Stand-in arguments to plan the filter at startup (see {@link Samples}); null when a parameter has none. */
    Object[] samples() {
        return samples == null ? null : samples.clone();
    }

    /** The filter for one call's arguments; {@code null} (no filter) for a method without criteria. */
    Filter<Object> bind(Object[] args) {
        if (branches.isEmpty()) {
            return null;
        }
        List<Filter<Object>> any = new ArrayList<>(branches.size());
        for (List<Criterion> branch : branches) {
            List<Filter<Object>> all = new ArrayList<>(branch.size());
            for (Criterion criterion : branch) {
                all.add(criterion.bind(args));
            }
            any.add(all.size() == 1 ? all.get(0) : Filter.all(all));
        }
        return any.size() == 1 ? any.get(0) : Filter.any(any);
    }

    @Override
    public String toString() {
        return "FilterTemplate" + branches;
    }
}
