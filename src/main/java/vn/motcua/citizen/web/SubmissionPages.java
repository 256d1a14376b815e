package vn.motcua.citizen.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.citizen.CitizenDocuments;
import vn.motcua.citizen.OnlineSubmissions;
import vn.motcua.citizen.domain.CitizenDocument;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.domain.SubmissionContact;
import vn.motcua.citizen.domain.SubmittedPaper;
import vn.motcua.notification.Notifications;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;

/** What the online submission page shows: the e-form's fields, each paper with its files and the store's candidates. */
@Component
class SubmissionPages {

    /** A field of the e-form with its value and the problem found with it, if any. */
    record Field(FormField field, String value, String problem, boolean fromIdentity) {
    }

    /** A file given for a paper; {@code removable} while it has not been sent. */
    record FileRow(int position, SubmittedPaper paper, String size, boolean removable) {
    }

    /** A paper of the checklist, its files, the store's papers that may be reused for it, and its problem. */
    record Paper(int index, RequiredDocument document, List<FileRow> files, List<CitizenDocument> reusable, String problem) {
    }

    private final OnlineSubmissions submissions;
    private final CitizenDocuments documents;
    private final Offices offices;
    private final Notifications notifications;

    SubmissionPages(OnlineSubmissions submissions, CitizenDocuments documents, Offices offices, Notifications notifications) {
        this.notifications = notifications;
        this.submissions = submissions;
        this.documents = documents;
        this.offices = offices;
    }

    List<RequiredDocument> uploadable(OnlineSubmission s) {
        return submissions.onlineVersion(ProcedureCode.of(s.procedure())).map(v -> submissions.checklist(v).uploadable())
                .orElse(List.of());
    }

    Optional<Long> slipOf(OnlineSubmission s) {
        return submissions.slipOf(s.owner(), s.id());
    }

    void fill(Model model, OnlineSubmission s, Map<String, String> problems, SubmissionContact typed) {
        var version = submissions.onlineVersion(ProcedureCode.of(s.procedure()));
        model.addAttribute("s", s);
        model.addAttribute("v", version.orElse(null));
        model.addAttribute("officeName", offices.find(AgencyCode.of(s.office())).map(a -> a.name()).orElse(s.office()));
        model.addAttribute("problems", problems);
        model.addAttribute("contact", typed != null ? typed : s.contact());
        model.addAttribute("submitKey", UUID.randomUUID().toString());
        model.addAttribute("hasSlip", slipOf(s).isPresent());
        model.addAttribute("notices", s.dossierCode() == null ? List.of()
                : notifications.told(Arrays.asList(s.contact().phone(), s.contact().email()), s.dossierCode(), 30));
        List<FormField> form = version.map(v -> v.form()).orElse(List.of());
        model.addAttribute("fields", form.stream()
                .map(f -> new Field(f, shown(f, s.declaration().getOrDefault(f.key(), "")), problems.get("declaration." + f.key()),
                        OnlineSubmissions.fromIdentity(f)))
                .toList());
        var store = s.status().editableByCitizen() ? documents.kept(s.owner()) : List.<CitizenDocument>of();
        var checklist = uploadable(s);
        var papers = new java.util.ArrayList<Paper>();
        for (int i = 0; i < checklist.size(); i++) {
            papers.add(paper(i, checklist.get(i), s, store, problems.get("paper." + i)));
        }
        model.addAttribute("papers", papers);
    }

    private static Paper paper(int index, RequiredDocument document, OnlineSubmission s, List<CitizenDocument> store,
            String problem) {
        var files = new java.util.ArrayList<FileRow>();
        for (int p = 0; p < s.papers().size(); p++) {
            var given = s.papers().get(p);
            if (given.paper().equals(document.name())) {
                files.add(new FileRow(p, given, size(given.size()),
                        s.status().editableByCitizen() && given.round() > s.round()));
            }
        }
        var taken = s.papers().stream().map(SubmittedPaper::sha256).toList();
        var reusable = store.stream().filter(d -> !taken.contains(d.sha256()))
                .sorted((a, b) -> Boolean.compare(b.kind().equals(document.name()), a.kind().equals(document.name())))
                .toList();
        return new Paper(index, document, files, reusable, problem);
    }

    /** A date kept in ISO form is shown as it is typed, day first. */
    private static String shown(FormField field, String value) {
        return field.type() == FormField.Type.DATE && value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4) : value;
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0)
                : String.format("%d kB", Math.max(1, Math.round(bytes / 1024.0)));
    }
}
