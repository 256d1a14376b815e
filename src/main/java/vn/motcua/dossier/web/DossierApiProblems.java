package vn.motcua.dossier.web;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.dossier.domain.TransitionRefusal;
import vn.motcua.dossier.domain.TransitionRefusedException;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * Problem details (RFC 9457) of the dossier API: a refused transition is 409 when the dossier's state is
 * the obstacle (wrong status, changed meanwhile) and 422 when a rule is; an unusable business value 422.
 */
@RestControllerAdvice(assignableTypes = DossierApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierApiProblems {

    @ExceptionHandler(TransitionRefusedException.class)
    ProblemDetail refused(TransitionRefusedException e) {
        boolean conflict = e.reason() == TransitionRefusal.STALE || e.reason() == TransitionRefusal.WRONG_STATUS;
        HttpStatus status = e.reason() == TransitionRefusal.MISSING_DUTY || e.reason() == TransitionRefusal.OTHER_OFFICE
                ? HttpStatus.FORBIDDEN : conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("/problems/transition-refused"));
        problem.setTitle("Transition refused");
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail unprocessable(InvalidValueException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("/problems/unprocessable"));
        problem.setTitle("The request cannot be carried out");
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(DossierAccessDeniedException.class)
    ProblemDetail denied(DossierAccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }


    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
    }
}
