package vn.motcua.citizen.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.citizen.domain.SubmissionIncompleteException;
import vn.motcua.citizen.domain.SubmissionRefusedException;
import vn.motcua.dossier.DossierAccessDeniedException;

/**
 * Problems (RFC 9457) of the online submission and inbox APIs: an incomplete dossier is 422 with every problem
 * ({@code problems}: target and code), a dossier in the wrong state or changed meanwhile 409, another rule 422.
 */
@RestControllerAdvice(assignableTypes = {OnlineSubmissionApi.class, OnlineInboxApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OnlineApiProblems {

    private static final Set<String> CONFLICTS = Set.of("submission.notEditable", "submission.notWaiting",
            "submission.changed", "submission.notDiscardable", "dossier.exists");

    @ExceptionHandler(SubmissionIncompleteException.class)
    ProblemDetail incomplete(SubmissionIncompleteException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The dossier is incomplete; nothing was sent");
        problem.setType(URI.create("/problems/submission-incomplete"));
        problem.setTitle("Incomplete dossier");
        problem.setProperty("code", e.code());
        problem.setProperty("problems", e.problems().stream().map(p -> Map.of("target", p.target(), "code", p.code())).toList());
        return problem;
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ProblemDetail refused(SubmissionRefusedException e) {
        boolean conflict = CONFLICTS.contains(e.code());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(conflict ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create(conflict ? "/problems/conflict" : "/problems/unprocessable"));
        problem.setTitle(conflict ? "The dossier is not in a state for this" : "The request cannot be carried out");
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(DossierAccessDeniedException.class)
    ProblemDetail denied(DossierAccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

}
