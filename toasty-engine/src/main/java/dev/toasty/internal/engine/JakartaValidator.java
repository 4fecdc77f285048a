package dev.toasty.internal.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The Jakarta Validation side of {@link BeanChecks}; loaded only when the API is on the class path. */
final class JakartaValidator implements BeanChecks.Validator {

    private final jakarta.validation.Validator validator;

    private JakartaValidator(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    /** Built once: the provider's start-up is costly, and its validator is thread-safe and shared by every instance. */
    private static volatile JakartaValidator shared;

    /** The default provider's validator, or null when the API is there but no provider. */
    static BeanChecks.Validator create() {
        JakartaValidator known = shared;
        if (known != null) {
            return known;
        }
        try {
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            known = new JakartaValidator(factory.getValidator());
            shared = known;
            return known;
        } catch (NoProviderFoundException e) {
            return null;
        } catch (ValidationException e) {
            // a provider whose own setup failed (for instance no expression language for its messages)
            throw new IllegalStateException("Bean Validation is on the class path but cannot start: " + e.getMessage()
                    + "; add a provider's requirements (Hibernate Validator needs jakarta.el, which "
                    + "spring-boot-starter-validation brings) or turn it off with Toasty.builder().validation(false)", e);
        }
    }

    @Override
    public List<String> violations(Object record, Class<?>[] groups) {
        Set<ConstraintViolation<Object>> found = validator.validate(record, groups);
        return found.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .toList();
    }
}
