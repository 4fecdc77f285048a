package dev.toasty.spring.data.repository.query;

import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.Parameters;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The bindable parameters of a derived query method (all but {@code Sort}, {@code Pageable},
 * {@code Limit}, {@code ScrollPosition} and a projection {@code Class}), handed out in order to the
 * criteria of the method name at startup. {@link #checkAllUsed} refuses leftover parameters.
 */
final class Arguments {

    /** One bindable parameter: its position in the method's argument array, its type and name. */
    record Argument(int index, Class<?> type, Method method, String name) {
    }

    private final MethodContext method;
    private final List<Argument> bindable = new ArrayList<>();
    private int next;

    Arguments(MethodContext method) {
        this.method = method;
        Parameters<?, ?> parameters = method.queryMethod().getParameters();
        for (Parameter p : parameters.getBindableParameters()) {
            bindable.add(new Argument(p.getIndex(), p.getType(), method.method(), p.getName().orElse("arg" + p.getIndex())));
        }
    }

    /** The next parameter, for {@code condition}; refused when the method has no more. */
    Argument next(Condition condition) {
        if (next >= bindable.size()) {
            throw method.refuse("the criteria of the method name take more arguments than its " + bindable.size()
                    + " parameter(s): " + condition.keyword() + " on '" + condition.property().dotPath()
                    + "' needs " + condition.arguments());
        }
        return bindable.get(next++);
    }

    /** Refuses parameters that no criterion takes. */
    void checkAllUsed() {
        if (next < bindable.size()) {
            throw method.refuse("the criteria of the method name take " + next + " argument(s), but it has "
                    + bindable.size() + " bindable parameter(s); parameter '" + bindable.get(next).name() + "' is not used");
        }
    }
}
