package vn.motcua.citizen.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.RequiredDocument;

/**
 * What an online dossier of a procedure must contain, from the procedure version in force: the e-form (its
 * declaration fields) and the papers to upload. The declaration paper itself ("Tờ khai …", "Giấy đề nghị …", "Đơn
 * …") is the e-form when the procedure has one; originals only shown at the counter are not uploaded; the other
 * papers without a condition are mandatory, those with one are uploaded when their condition applies.
 */
public record SubmissionChecklist(List<FormField> form, List<RequiredDocument> documents) {

    /** A problem of a submission, by the field or paper it concerns ({@code declaration.x}, {@code paper.N}, …). */
    public record Problem(String target, String code) {
    }

    public SubmissionChecklist {
        form = List.copyOf(form);
        documents = List.copyOf(documents);
    }

    /** The name papers outside the checklist are filed under (a supplement may ask for one). */
    public static final String OTHER_PAPER = "Giấy tờ khác";

    private static final RequiredDocument OTHER = new RequiredDocument(OTHER_PAPER, RequiredDocument.Form.COPY, 0,
            "Khi Bộ phận Một cửa đề nghị bổ sung giấy tờ ngoài danh mục, hoặc bạn thấy cần");

    /** The papers a citizen may upload, in the checklist's order, then "other papers" (never mandatory). */
    public List<RequiredDocument> uploadable() {
        var papers = new ArrayList<>(documents.stream()
                .filter(d -> d.form() != RequiredDocument.Form.ORIGINAL_TO_SHOW && !isTheForm(d)).toList());
        papers.add(OTHER);
        return papers;
    }

    public boolean knows(String paper) {
        return uploadable().stream().anyMatch(d -> d.name().equals(paper));
    }

    private boolean isTheForm(RequiredDocument d) {
        String name = d.name().toLowerCase(Locale.ROOT);
        return !form.isEmpty() && (name.startsWith("tờ khai") || name.startsWith("giấy đề nghị") || name.startsWith("đơn "));
    }

    /** Every problem that keeps the submission from being sent, at once (empty when it may be sent). */
    public List<Problem> problems(Map<String, String> declaration, List<SubmittedPaper> papers, SubmissionContact contact) {
        var problems = new ArrayList<Problem>();
        for (FormField field : form) {
            field.problemWith(declaration.get(field.key()))
                    .ifPresent(p -> problems.add(new Problem("declaration." + field.key(), "declaration." + p)));
        }
        var uploadable = uploadable();
        for (int i = 0; i < uploadable.size(); i++) {
            String name = uploadable.get(i).name();
            if (uploadable.get(i).isMandatory() && papers.stream().noneMatch(p -> p.paper().equals(name))) {
                problems.add(new Problem("paper." + i, "submission.paperMissing"));
            }
        }
        if (!contact.reachable()) {
            problems.add(new Problem("contact", "submission.contactMissing"));
        }
        return problems;
    }

    /** The declaration as the dossier keeps it: only the form's fields, normalised (call when without problems). */
    public Map<String, String> normalised(Map<String, String> declaration) {
        var kept = new java.util.LinkedHashMap<String, String>();
        for (FormField field : form) {
            String value = declaration.get(field.key());
            if (value != null && !value.isBlank()) {
                kept.put(field.key(), field.normalised(value));
            }
        }
        return kept;
    }
}
