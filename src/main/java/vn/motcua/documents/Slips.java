package vn.motcua.documents;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.dossier.CounterSlip;
import vn.motcua.dossier.CounterSlips;
import vn.motcua.dossier.ControlSheetWording;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.signatures.PdfSeals;
import vn.motcua.documents.domain.FormType;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.servicemodel.domain.ServiceModelKind;
import vn.motcua.survey.SurveyTokens;

/** The slips of a dossier as printable HTML and as PDF. */
@Service
@EnableConfigurationProperties(DocumentSettings.class)
public class Slips {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Dossiers dossiers;
    private final Catalogue catalogue;
    private final CounterSlips counterSlips;
    private final Offices offices;
    private final StaffAccounts staff;
    private final SurveyTokens surveyTokens;
    private final DocumentSettings settings;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final ControlSheetWording wording;
    private final MessageSource messages;
    private final PublicDossiers publicDossiers;

    Slips(PdfSeals seals, Dossiers dossiers, Catalogue catalogue, CounterSlips counterSlips, Offices offices, StaffAccounts staff, SurveyTokens surveyTokens, DocumentSettings settings,
            ITemplateEngine templates, PdfRenderer pdf, ControlSheetWording wording, MessageSource messages,
            PublicDossiers publicDossiers) {
        this.publicDossiers = publicDossiers;
        this.wording = wording;
        this.messages = messages;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.counterSlips = counterSlips;
        this.offices = offices;
        this.staff = staff;
        this.surveyTokens = surveyTokens;
        this.settings = settings;
        this.templates = templates;
        this.pdf = pdf;
        this.seals = seals;
    }

    private final PdfSeals seals;

    /** Form 01, the receipt and appointment, as the officer prints it. */
    public String receiptHtml(DossierCode code, OfficeMember member) {
        return render("documents/form-01", "slip", receipt(dossiers.view(code, member)));
    }

    /** Form 01 as a PDF signed with the office's seal. */
    public byte[] receiptPdf(DossierCode code, OfficeMember member) {
        var d = dossiers.find(code, member);
        return sealed(receiptHtml(code, member), d.office(), code.value(), "Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    }

    /** The PDF of the page, signed with the office's seal and recorded as that paper of the dossier. */
    private byte[] sealed(String html, AgencyCode office, String dossierCode, String kind) {
        String name = offices.find(office).map(Agency::name).orElse(office.value());
        return seals.sign(pdf.render(html), office.value(), name, dossierCode, kind);
    }

    /** Form 01 for the citizen it was issued to (applicant or representative, signed in); empty for anyone else. */
    public Optional<byte[]> receiptPdfForPerson(DossierCode code, PersonalIdNumber person) {
        return publicDossiers.ofPerson(code, person)
                .map(d -> sealed(render("documents/form-01", "slip", receipt(d)), d.office(), code.value(),
                        "Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả"));
    }

    /** Form 02 or form 03 issued at the counter. */
    public String counterSlipHtml(long id, OfficeMember member) {
        return counterSlipHtml(counterSlips.find(id, member));
    }

    /** Form 02 or 03 of a dossier submitted online, as a PDF for the citizen it was issued to. */
    public Optional<byte[]> counterSlipPdfForPerson(long id, PersonalIdNumber person) {
        return counterSlips.findForPerson(id, person).map(slip -> sealed(counterSlipHtml(slip), slip.office(),
                slip.dossierCode(), slipKind(slip)));
    }

    private String counterSlipHtml(CounterSlip slip) {
        Agency office = offices.find(slip.office()).orElseThrow();
        String parent = parentName(office);
        boolean refusal = slip.kind() == CounterSlip.Kind.REFUSAL;
        String form = refusal ? "refusal" : "supplement";
        var a = slip.applicant();
        var view = new CounterSlipView(settings.numbering().label(refusal ? FormType.REFUSAL : FormType.SUPPLEMENT_REQUEST),
                say(form + ".title"), slip.id() + "/" + (refusal ? "TC" : "BS"), parent, office.name(), dateLine(slip.issuedAt()),
                a.name(), a.idNumber() == null ? null : a.idNumber().value(), a.address(), slip.procedureName(),
                say(form + ".opening", office.name()), say(form + ".items"), slip.items(), say(form + ".closing", office.name()),
                staff.find(new Username(slip.officer())).map(s -> s.fullName()).orElse(slip.officer()),
                "/phieu/" + slip.id() + ".pdf", slip.dossierCode());
        return render("documents/counter-slip", "slip", view);
    }

    public byte[] counterSlipPdf(long id, OfficeMember member) {
        CounterSlip slip = counterSlips.find(id, member);
        return sealed(counterSlipHtml(slip), slip.office(), slip.dossierCode(), slipKind(slip));
    }

    private static String slipKind(CounterSlip slip) {
        return slip.kind() == CounterSlip.Kind.REFUSAL ? "Mẫu 03 — Phiếu từ chối tiếp nhận" : "Mẫu 02 — Phiếu yêu cầu bổ sung";
    }

    /** Form 04, 05 or 06 of a dossier as a PDF signed with the office's seal. */
    public byte[] dossierFormPdf(DossierCode code, FormType type, OfficeMember member) {
        var d = dossiers.find(code, member);
        return sealed(dossierFormHtml(code, type, member), d.office(), code.value(), "Mẫu " + type.name());
    }

    /** Form 04 (apology), 05 (stop notice) or 06 (control sheet) of a dossier. */
    public String dossierFormHtml(DossierCode code, FormType type, OfficeMember member) {
        DossierData d = dossiers.view(code, member);
        var history = dossiers.history(code, member);
        Agency office = offices.find(d.office()).orElseThrow();
        String parent = parentName(office);
        Action action = type == FormType.APOLOGY ? Action.APOLOGISE : type == FormType.STOP_NOTICE ? Action.STOP : null;
        var transition = action == null ? null : history.stream().filter(t -> t.action() == action).reduce((a, b) -> b)
                .orElseThrow(() -> new NotFoundException("No " + type + " for " + code));
        String title = say(type == FormType.APOLOGY ? "apology.title" : type == FormType.STOP_NOTICE ? "stop.title"
                : "controlSheet.title");
        var at = transition == null ? d.receivedAt() : transition.at();
        var view = new DossierFormView(type, settings.numbering().label(type), title, parent, office.name(), d.code().value(),
                dateLine(at),
                d.applicant().name(), d.procedure().name(), when(d.receivedAt()), when(d.clock().dueAt()),
                d.clock().rescheduledDueAt() == null ? null : when(d.clock().rescheduledDueAt()),
                transition == null ? null : transition.note(), d.controlSheet().stream().map(h -> new DossierFormView.Row(
                        wording.stage(h.step(), ControlSheetWording.VIETNAMESE), h.from(),
                        wording.holder(h.to(), ControlSheetWording.VIETNAMESE), h.at(), h.timeliness())).toList(),
                say(type == FormType.APOLOGY ? "signer.head" : "signer.receiver"),
                transition == null ? "" : staff.find(new Username(transition.by())).map(s -> s.fullName()).orElse(transition.by()),
                recipient(d));
        return render("documents/dossier-form", "f", view);
    }

    /** Form 07, the tracking book of the member's office for a field and period (A4 landscape). */
    public String bookHtml(OfficeMember member, String field, java.time.LocalDate from, java.time.LocalDate to) {
        Agency office = offices.find(AgencyCode.of(member.officeCode())).orElseThrow();
        String parent = parentName(office);
        var date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        var rows = dossiers.book(member, field, from, to).stream().map(d -> new BookView.Row(d.code().value(),
                d.procedure().name(), d.applicant().name(),
                String.join(", ", java.util.stream.Stream.of(d.applicant().address(), d.applicant().phone())
                        .filter(java.util.Objects::nonNull).toList()),
                d.competentOffice().equals(d.office()) ? office.name() : d.competentOffice().value(),
                SHORT.format(d.receivedAt()), SHORT.format(d.clock().promisedAt()),
                d.returnedAt() == null ? "" : SHORT.format(d.returnedAt()),
                d.returnedThrough() == null ? "" : say("channel." + d.returnedThrough().name()))).toList();
        var view = new BookView(settings.numbering().label(FormType.TRACKING_BOOK), parent, office.name(),
                field == null || field.isBlank() ? say("book.allFields") : field, date.format(from), date.format(to), rows);
        return render("documents/book", "b", view);
    }

    /** What the declaration printed for the citizen to check and sign holds. */
    public record DeclarationView(String parentName, String officeName, String code, String procedureName,
            java.util.List<String[]> rows, String assistedBy, String applicantName) {
    }

    /**
     * The declaration as filled on screen, with the procedure's labels, for the citizen to read and sign; it
     * says who filled it when the officer did.
     */
    public String declarationHtml(DossierCode code, OfficeMember member) {
        DossierData d = dossiers.view(code, member);
        Agency office = offices.find(d.office()).orElseThrow();
        String parent = parentName(office);
        var labels = catalogue.versionOn(ProcedureCode.of(d.procedure().code()), d.procedure().effectiveFrom())
                .map(v -> v.form()).orElse(java.util.List.of());
        var rows = new java.util.ArrayList<String[]>();
        for (var field : labels) {
            rows.add(new String[] {field.label(), d.declaration().getOrDefault(field.key(), "")});
        }
        d.declaration().forEach((key, value) -> {
            if (labels.stream().noneMatch(f -> f.key().equals(key))) {
                rows.add(new String[] {key, value});
            }
        });
        String assisted = d.declarationFilledBy() == null ? null
                : staff.find(new Username(d.declarationFilledBy())).map(s -> s.fullName()).orElse(d.declarationFilledBy());
        return render("documents/declaration", "t", new DeclarationView(parent, office.name(), d.code().value(), d.procedure().name(), rows,
                assisted, d.applicant().name()));
    }

    /**
     * The procedure's declaration in force today, blank, for a citizen to print and fill at home: each field's label
     * with room to write, the choices to tick, dates as day/month/year; or empty when the procedure has no form.
     */
    public java.util.Optional<String> blankDeclarationHtml(ProcedureCode code) {
        return catalogue.versionOn(code, catalogue.today()).filter(v -> !v.form().isEmpty()).map(v -> {
            var rows = new java.util.ArrayList<String[]>();
            for (var field : v.form()) {
                String room = switch (field.type()) {
                    case CHOICE -> String.join("     ", field.choices().stream().map(c -> "□ " + c).toList());
                    case DATE -> "......../......../................";
                    default -> ".".repeat(60);
                };
                rows.add(new String[] {field.label() + (field.required() ? " *" : ""), room});
            }
            return render("documents/declaration", "t", new DeclarationView("", "", null, v.name(), rows, null, null));
        });
    }

    public byte[] pdf(String html) {
        return pdf.render(html);
    }

    /** A QR code of the text as a PNG data URI, for a paper another module prints. */
    public String qrDataUri(String text) {
        return QrImages.dataUri(text);
    }

    ReceiptSlip receipt(DossierData d) {
        Agency office = offices.find(d.office()).orElseThrow();
        String parent = parentName(office);
        // The QR opens the public lookup with the dossier's signed survey token: the citizen can rate the service.
        String lookup = surveyTokens.lookupUrl(d.code().value());
        String number = d.code().value().substring(d.code().value().lastIndexOf('-') + 1);
        var rep = d.representative();
        String officer = staff.find(new Username(d.receivedBy())).map(a -> a.fullName()).orElse(d.receivedBy());
        return new ReceiptSlip(settings.numbering().label(FormType.RECEIPT), parent, office.name(), d.code().value(),
                QrImages.dataUri(lookup), lookup, d.applicant().name(),
                d.applicant().idNumber() == null ? null : d.applicant().idNumber().value(), d.applicant().organisationNumber(),
                d.applicant().address(), d.applicant().phone(), d.applicant().email(),
                rep == null ? null : rep.name() + " (" + rep.authorisation() + ")", d.procedure().name(), d.documents(),
                legalTime(d.procedure().legalTime()), when(d.receivedAt()),
                // A no-appointment day promises the result the same day: the slip says so ("trả trong ngày").
                d.under(ServiceModelKind.NO_APPOINTMENT_DAY)
                        ? say("receipt.sameDay", when(d.clock().promisedAt())) : when(d.clock().promisedAt()),
                say("receipt.desk", office.name()), String.valueOf(d.receivedAt().getYear()), number, officer,
                d.declarationFilledBy() != null);
    }

    /** The name printed above the office's: the body it belongs to. */
    private String parentName(Agency office) {
        return office.parent().flatMap(offices::find).map(Agency::name).orElse("");
    }

    /** A slip's template with its one model value, in Vietnamese. */
    private String render(String template, String name, Object value) {
        var context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable(name, value);
        return templates.process(template, context);
    }

    /** The papers' wording (messages {@code paper.*}), in Vietnamese: the papers are legal documents. */
    private String say(String key, Object... arguments) {
        return messages.getMessage("paper." + key, arguments, ControlSheetWording.VIETNAMESE);
    }

    /** Who received the returned result, as the control sheet prints it; none before the return. */
    private String recipient(DossierData d) {
        if (d.returnedAt() == null) {
            return null;
        }
        var r = d.recipient();
        return r == null || r.takenByApplicant() ? say("recipient.applicant", d.applicant().name(), when(d.returnedAt()))
                : say("recipient.representative", r.name(), r.idNumber().value(), when(d.returnedAt()));
    }

    private String dateLine(LocalDateTime at) {
        return say("dateLine", String.format("%02d", at.getDayOfMonth()), String.format("%02d", at.getMonthValue()),
                String.valueOf(at.getYear()));
    }

    String when(LocalDateTime t) {
        return DateTimeFormatter.ofPattern(say("when")).format(t);
    }

    String legalTime(ProcessingTime time) {
        return switch (time.unit()) {
            case SAME_DAY -> time.cutoff() == null ? say("time.sameDay") : say("time.sameDayCutoff", time.cutoff().toString());
            case WORKING_DAYS -> say("time.workingDays", String.format("%02d", time.amount()));
            case CALENDAR_DAYS -> say("time.days", String.format("%02d", time.amount()));
            case WORKING_HOURS -> say("time.workingHours", time.statedAmount().toPlainString());
        };
    }
}
