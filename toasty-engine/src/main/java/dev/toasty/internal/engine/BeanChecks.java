package dev.toasty.internal.engine;

import dev.toasty.ValidationException;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Jakarta Bean Validation of records before they are written, when a provider (such as Hibernate Validator, which
 * {@code spring-boot-starter-validation} brings) is on the class path: every constraint of every record of a call is
 * checked before the first statement, and one {@link ValidationException} lists every violation, so nothing of a
 * batch is written when one record fails. Without a provider, or when turned off, it checks nothing.
 * Thread-safe.
 */
public final class BeanChecks {

    /** One validator: the list of violations of {@code record}, each as {@code field: message}. */
    interface Validator {
        List<String> violations(Object record, Class<?>[] groups);
    }

    private static final BeanChecks NONE = new BeanChecks(null, new Class<?>[0]);

    private final Validator validator;
    private final Class<?>[] groups;

    private BeanChecks(Validator validator, Class<?>[] groups) {
        this.validator = validator;
        this.groups = groups.clone();
    }

    /** Checks that validate nothing. */
    public static BeanChecks none() {
        return NONE;
    }

    /** The provider's default validator when {@code enabled} and one is on the class path, checking {@code groups}. */
    public static BeanChecks detect(boolean enabled, Class<?>[] groups) {
        if (!enabled || !present("jakarta.validation.Validation")) {
            return NONE;
        }
        Validator found = JakartaValidator.create();
        return found == null ? NONE : new BeanChecks(found, groups);
    }

    /** Whether a provider was found. */
    public boolean active() {
        return validator != null;
    }

    /** Throws a {@link ValidationException} listing the violations of every record of {@code records}, if any. */
    public void check(Model model, List<?> records) {
        if (validator == null) {
            return;
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<String> found = validator.violations(records.get(i), groups);
            String where = records.size() == 1 ? model.name() : model.name() + " (record " + i + " of the list)";
            found.forEach(v -> all.add(where + "." + v));
        }
        if (!all.isEmpty()) {
            throw new ValidationException(all.size() + " constraint violation(s), nothing was written: " + String.join("; ", all));
        }
    }

    private static boolean present(String type) {
        try {
            Class.forName(type, false, BeanChecks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
