package dev.toasty.spring.data.repository.query;

import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.spring.data.repository.Lock;
import dev.toasty.spring.data.repository.LockMode;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The row lock a query method takes: its {@link Lock}, resolved and checked when the repository is created (the
 * engine is asked whether the backend can lock, as for every other check), applied to each call's query. Immutable.
 */
public final class MethodLock {

    /** Takes no lock. */
    public static final MethodLock NONE = new MethodLock(null);

    private static final Set<Execution> LOCKABLE = EnumSet.of(Execution.SINGLE, Execution.LIST, Execution.STREAM,
            Execution.PAGE, Execution.SLICE, Execution.WINDOW, Execution.EXISTS);

    private final Lock lock;

    private MethodLock(Lock lock) {
        this.lock = lock;
    }

    /** The lock of a derived query method. */
    static MethodLock of(Toasty toasty, MethodContext method, Execution execution) {
        Lock lock = method.method().getAnnotation(Lock.class);
        if (lock == null) {
            return NONE;
        }
        if (!LOCKABLE.contains(execution)) {
            throw method.refuse("@Lock locks the records a method reads, and " + (execution == Execution.COUNT
                    ? "a count reads none (PostgreSQL cannot lock the rows of an aggregate)"
                    : "a delete locks the rows it deletes itself"));
        }
        String refusal = refusal(toasty, lock, method.model().type());
        if (refusal != null) {
            throw method.refuse(refusal);
        }
        return new MethodLock(lock);
    }

    /**
     * The lock of a CRUD finder or another method outside the query lookup, checked as {@link #of} does; the
     * refusal's text is given to {@code refuse}, which names the method in the exception it makes.
     */
    public static MethodLock of(Toasty toasty, Method method, Class<?> model, Function<String, RuntimeException> refuse) {
        Lock lock = method.getAnnotation(Lock.class);
        if (lock == null) {
            return NONE;
        }
        String refusal = refusal(toasty, lock, model);
        if (refusal != null) {
            throw refuse.apply(refusal);
        }
        return new MethodLock(lock);
    }

    /** Refuses {@code @Lock} on native SQL, whose text says itself whether it locks. */
    static void refuseOnNativeSql(MethodContext method) {
        if (method.method().isAnnotationPresent(Lock.class)) {
            throw method.refuse("@Lock does not apply to native SQL (@Query): write FOR UPDATE or FOR SHARE in the SQL, "
                    + "or use a derived query method");
        }
    }

    private static String refusal(Toasty toasty, Lock lock, Class<?> model) {
        if (lock.skipLocked() && lock.noWait()) {
            return "@Lock(skipLocked = true, noWait = true): a locked row is either left out or an error, choose one";
        }
        try {
            new MethodLock(lock).apply(toasty.query(model)).check();
            return null;
        } catch (UnsupportedFeatureException e) {
            return "@Lock: " + e.getMessage();
        }
    }

    /** Whether the method takes a lock. */
    public boolean locks() {
        return lock != null;
    }

    /** The query taking this lock; the query itself when there is none. */
    public <M> Query<M> apply(Query<M> query) {
        if (lock == null) {
            return query;
        }
        Query<M> locked = lock.value() == LockMode.PESSIMISTIC_WRITE ? query.forUpdate() : query.forShare();
        return lock.skipLocked() ? locked.skipLocked() : lock.noWait() ? locked.noWait() : locked;
    }
}
