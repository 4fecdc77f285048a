package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that guards a record against lost updates (optimistic locking). The field is an
 * {@code int}, {@code long} or {@code short} (or their boxed types). An insert stores 0 when it is null;
 * every update and delete of an instance, alone, in {@code updateAll} or through a repository, writes only
 * if the stored version is still the one the instance holds, and an update stores it plus one. A write that
 * finds another version throws {@link dev.toasty.OptimisticLockException} and changes nothing.
 * <p>
 * Set-based writes ({@code update(Model.class).set(...)}, {@code delete(Model.class).where(...)}) neither check
 * nor change versions: they are one statement over many rows, as in JPA's bulk updates. Set the version
 * yourself in such an update if instances read before it must go stale.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Version {
}
