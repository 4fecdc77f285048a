package dev.toasty.spring.data;

import dev.toasty.ToastyException;
import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A Toasty exception Spring has no narrower type for: a DynamoDB error without a known code, or a Toasty exception
 * type newer than this translator. The Toasty exception is the cause.
 */
public class UncategorizedToastyException extends UncategorizedDataAccessException {

    private static final long serialVersionUID = 1L;

    public UncategorizedToastyException(String message, ToastyException cause) {
        super(message, cause);
    }
}
