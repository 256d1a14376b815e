package vn.motcua.portal.web;

import org.springframework.validation.Errors;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.portal.domain.Feedback;

/** The public feedback form; each problem is reported next to its field. */
public class FeedbackForm {

    private String office = "";
    private Feedback.Kind kind = Feedback.Kind.FEEDBACK;
    private String subject = "";
    private String content = "";
    private String dossierCode = "";
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";

    /** The contact details, or {@code null} with the problem recorded. */
    Feedback.Contact contact(Errors errors) {
        try {
            return new Feedback.Contact(contactName, contactPhone, contactEmail);
        } catch (InvalidValueException e) {
            errors.rejectValue(e.code().startsWith("feedback.contactPhone") ? "contactPhone"
                    : e.code().startsWith("feedback.contactEmail") ? "contactEmail" : "contactName", "feedbackError." + e.code());
            return null;
        }
    }

    /** Reports a refusal of the feedback itself next to its field. */
    static void reject(InvalidValueException e, Errors errors) {
        String field = e.code().startsWith("feedback.subject") ? "subject" : e.code().startsWith("feedback.content") ? "content"
                : "office";
        errors.rejectValue(field, "feedbackError." + e.code());
    }

    public String getOffice() { return office; }
    public void setOffice(String v) { office = v; }
    public Feedback.Kind getKind() { return kind; }
    public void setKind(Feedback.Kind v) { kind = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getDossierCode() { return dossierCode; }
    public void setDossierCode(String v) { dossierCode = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
}
