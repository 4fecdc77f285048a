package dev.toasty.internal.mapping;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * Member readers for {@link ModelMapper}. A record accessor becomes a {@link Function} class spun by
 * {@link LambdaMetafactory}, which the JIT inlines like hand-written code; a call through a method
 * handle held in an array is not inlined and costs several times more per row. Where the lookup may
 * not define such a class (a model in another module), and for fields of plain classes, the method
 * handle is wrapped instead.
 */
final class Getters {

    private static final MethodType FUNCTION = MethodType.methodType(Function.class);
    private static final MethodType APPLY = MethodType.methodType(Object.class, Object.class);

    private Getters() {
    }

    /** A reader for the method or field {@code target} of the class {@code lookup} was made for. */
    static Function<Object, Object> of(MethodHandles.Lookup lookup, MethodHandle target, boolean method) {
        if (method && lookup.hasFullPrivilegeAccess()) {
            try {
                CallSite site = LambdaMetafactory.metafactory(lookup, "apply", FUNCTION, APPLY, target, target.type().wrap());
                @SuppressWarnings("unchecked")
                Function<Object, Object> spun = (Function<Object, Object>) site.getTarget().invokeExact();
                return spun;
            } catch (LambdaConversionException | RuntimeException e) {
                // the lookup may not define the class (another module, a hidden or inaccessible type): the handle below
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Could not make a reader for " + target, e);
            }
        }
        MethodHandle generic = target.asType(APPLY);
        return instance -> {
            try {
                return (Object) generic.invokeExact(instance);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
