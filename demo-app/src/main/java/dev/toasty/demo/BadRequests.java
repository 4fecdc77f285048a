package dev.toasty.demo;

import dev.toasty.InvalidCursorException;
import dev.toasty.UniqueViolationException;
import dev.toasty.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a request the data layer refused (a missing required value, a bad cursor) with 400, a duplicate email with 409, not 500. */
@RestControllerAdvice
class BadRequests {

    @ExceptionHandler({ValidationException.class, InvalidCursorException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({DuplicateKeyException.class, UniqueViolationException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Already taken: " + e.getMessage());
    }
}
