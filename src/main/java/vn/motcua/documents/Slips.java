package vn.motcua.documents;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.dossier.CounterSlip;
import vn.motcua.dossier.CounterSlips;
import vn.motcua.dossier.DossierSettings;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.documents.domain.FormType;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.platform.security.OfficeMember;

/** The slips of a dossier as printable HTML and as PDF. */
@Service
@EnableConfigurationProperties(DocumentSettings.class)
public class Slips {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private final Dossiers dossiers;
    private final CounterSlips counterSlips;
    private final Offices offices;
    private final StaffAccounts staff;
    private final DossierSettings dossierSettings;
    private final DocumentSettings settings;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    Slips(Dossiers dossiers, CounterSlips counterSlips, Offices offices, StaffAccounts staff, DossierSettings dossierSettings, DocumentSettings settings,
            ITemplateEngine templates, PdfRenderer pdf) {
        this.dossiers = dossiers;
        this.counterSlips = counterSlips;
        this.offices = offices;
        this.staff = staff;
        this.dossierSettings = dossierSettings;
        this.settings = settings;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** Form 01, the receipt and appointment, as the officer prints it. */
    public String receiptHtml(DossierCode code, OfficeMember member) {
        var context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("slip", receipt(dossiers.find(code, member)));
        return templates.process("documents/form-01", context);
    }

    public byte[] receiptPdf(DossierCode code, OfficeMember member) {
        return pdf.render(receiptHtml(code, member));
    }

    /** Form 02 or form 03 issued at the counter. */
    public String counterSlipHtml(long id, OfficeMember member) {
        CounterSlip slip = counterSlips.find(id, member);
        Agency office = offices.find(slip.office()).orElseThrow();
        String parent = office.parent().flatMap(offices::find).map(Agency::name).orElse("");
        boolean refusal = slip.kind() == CounterSlip.Kind.REFUSAL;
        var a = slip.applicant();
        var view = new CounterSlipView(settings.numbering().label(refusal ? FormType.REFUSAL : FormType.SUPPLEMENT_REQUEST),
                refusal ? "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" : "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                slip.id() + "/" + (refusal ? "TC" : "BS"), parent, office.name(),
                String.format("ngày %02d tháng %02d năm %d", slip.issuedAt().getDayOfMonth(), slip.issuedAt().getMonthValue(),
                        slip.issuedAt().getYear()),
                a.name(), a.idNumber() == null ? null : a.idNumber().value(), a.address(), slip.procedureName(),
                refusal ? "Sau khi xem xét, " + office.name() + " từ chối tiếp nhận hồ sơ vì các lý do sau:"
                        : "Sau khi kiểm tra, hồ sơ cần được bổ sung, hoàn thiện đầy đủ các nội dung sau (đã liệt kê một lần):",
                refusal ? "Lý do" : "Nội dung cần bổ sung, hoàn thiện", slip.items(),
                refusal ? "Xin thông báo để Ông/Bà/Tổ chức biết."
                        : "Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, xin liên hệ " + office.name() + " để được hướng dẫn.",
                staff.find(new Username(slip.officer())).map(s -> s.fullName()).orElse(slip.officer()));
        var context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("slip", view);
        return templates.process("documents/counter-slip", context);
    }

    public byte[] counterSlipPdf(long id, OfficeMember member) {
        return pdf.render(counterSlipHtml(id, member));
    }

    ReceiptSlip receipt(DossierData d) {
        Agency office = offices.find(d.office()).orElseThrow();
        String parent = office.parent().flatMap(offices::find).map(Agency::name).orElse("");
        String lookup = dossierSettings.lookupUrl(d.code().value());
        String number = d.code().value().substring(d.code().value().lastIndexOf('-') + 1);
        var rep = d.representative();
        String officer = staff.find(new Username(d.receivedBy())).map(a -> a.fullName()).orElse(d.receivedBy());
        return new ReceiptSlip(settings.numbering().label(FormType.RECEIPT), parent, office.name(), d.code().value(),
                QrImages.dataUri(lookup), lookup, d.applicant().name(),
                d.applicant().idNumber() == null ? null : d.applicant().idNumber().value(), d.applicant().organisationNumber(),
                d.applicant().address(), d.applicant().phone(), d.applicant().email(),
                rep == null ? null : rep.name() + " (" + rep.authorisation() + ")", d.procedure().name(), d.documents(),
                legalTime(d.procedure().legalTime()), when(d.receivedAt()), when(d.clock().promisedAt()),
                "Bộ phận Một cửa — " + office.name(), String.valueOf(d.receivedAt().getYear()), number, officer,
                d.declarationFilledBy() != null);
    }

    static String when(LocalDateTime t) {
        return WHEN.format(t);
    }

    static String legalTime(ProcessingTime time) {
        return switch (time.unit()) {
            case SAME_DAY -> time.cutoff() == null ? "trong ngày"
                    : "trong ngày (nhận sau " + time.cutoff() + " thì trả trong ngày làm việc tiếp theo)";
            case WORKING_DAYS -> String.format("%02d ngày làm việc", time.amount());
            case CALENDAR_DAYS -> String.format("%02d ngày", time.amount());
            case WORKING_HOURS -> time.statedAmount().toPlainString() + " giờ làm việc";
        };
    }
}
