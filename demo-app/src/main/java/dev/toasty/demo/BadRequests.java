package dev.toasty.demo;

import dev.toasty.InvalidCursorException;
import dev.toasty.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a request the data layer refused (a missing required value, a bad cursor) with 400, not 500. */
@RestControllerAdvice
class BadRequests {

    @ExceptionHandler({ValidationException.class, InvalidCursorException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
