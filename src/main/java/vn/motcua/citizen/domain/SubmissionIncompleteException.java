package vn.motcua.citizen.domain;

import java.util.List;

/** A submission that cannot be sent yet, with every problem at once (each next to its field or paper). */
public class SubmissionIncompleteException extends SubmissionRefusedException {

    private final transient List<SubmissionChecklist.Problem> problems;

    public SubmissionIncompleteException(List<SubmissionChecklist.Problem> problems) {
        super("submission.incomplete", "The dossier is incomplete: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SubmissionChecklist.Problem> problems() {
        return problems;
    }
}
