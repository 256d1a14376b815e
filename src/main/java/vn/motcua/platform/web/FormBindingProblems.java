package vn.motcua.platform.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Field names no page renders: a list index out of any form's range ({@code ticked[99999]}, {@code copies[-1]},
 * {@code copies[2147483648]}), an index that is not a number ({@code weekdays[x]}) or a path into nothing. No user can type them; they are answered 400 (the error page,
 * or a problem for the API) instead of failing while binding, and lists grow by at most {@link #LIST_LIMIT}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FormBindingProblems {

    /** The most elements a bound list grows to; the longest form list (a checklist) is far shorter. */
    static final int LIST_LIMIT = 200;

    @InitBinder
    void limitLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(LIST_LIMIT);
    }

    @ExceptionHandler(InvalidPropertyException.class)
    void unboundField(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Spring's binder reads a list index with {@code Integer.parseInt} and lets its failure through unwrapped. */
    @ExceptionHandler(NumberFormatException.class)
    void unreadableIndex(NumberFormatException e, HttpServletResponse response) throws IOException {
        boolean whileBinding = Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.springframework.beans.AbstractNestablePropertyAccessor"));
        if (!whileBinding) {
            throw e;
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
