package vn.motcua.fees;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.documents.Slips;
import vn.motcua.fees.domain.DossierFee;
import vn.motcua.fees.domain.FeeReceipt;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.fees.domain.ReceiptSeries;
import vn.motcua.fees.domain.VndInWords;
import vn.motcua.fees.persistence.ReceiptRows;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.files.ContentStore;
import vn.motcua.signatures.PdfSeals;

/**
 * Issues the electronic receipt at the moment a fee is collected: the office's next number of the year (in the
 * caller's transaction, so never twice and never lost), the receipt as a PDF signed with the office's seal and kept in
 * the content store, and its row.
 */
@Component
@EnableConfigurationProperties(FeeSettings.class)
class FeeReceipts {

    /** Who collected an online payment: the gateway, on the office's behalf. */
    static final String GATEWAY = "cong-thanh-toan";

    private final ReceiptRows rows;
    private final FeeSettings settings;
    private final Offices offices;
    private final Catalogue catalogue;
    private final StaffAccounts staff;
    private final Slips slips;
    private final PdfSeals seals;
    private final ContentStore store;
    private final ITemplateEngine templates;

    FeeReceipts(ReceiptRows rows, FeeSettings settings, Offices offices, Catalogue catalogue, StaffAccounts staff, Slips slips,
            PdfSeals seals, ContentStore store, ITemplateEngine templates) {
        this.rows = rows;
        this.settings = settings;
        this.offices = offices;
        this.catalogue = catalogue;
        this.staff = staff;
        this.slips = slips;
        this.seals = seals;
        this.store = store;
        this.templates = templates;
    }

    /** What the receipt prints, already worded. */
    record Printed(String qr, String parentName, String officeName, String taxCode, String formSymbol, String series,
            String number, String label, String payerName, String dossierCode, String procedureName, String feeLine,
            String amount, String amountInWords, String method, String reduction, String dateLine, String collectorName) {
    }

    FeeReceipt issue(DossierFee fee, PaymentMethod method, String collectedBy, String txnRef, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, WorkingCalendars.ZONE);
        int year = local.getYear();
        ReceiptSeries series = settings.series(fee.office());
        int number = rows.nextNumber(fee.office(), year);
        var receipt = new FeeReceipt(UUID.randomUUID(), fee.office(), year, number, series.formSymbol(), series.series(year),
                fee.dossierCode(), fee.applicantName(), fee.assessment().feeName(), fee.paid(), method, collectedBy, at,
                local.toLocalDate(), txnRef, null);
        byte[] pdf = signed(render(receipt, fee, local), fee);
        var stored = store.put(new ByteArrayInputStream(pdf), 10L * 1024 * 1024);
        var kept = new FeeReceipt(receipt.id(), receipt.office(), year, number, receipt.formSymbol(), receipt.series(),
                receipt.dossierCode(), receipt.payerName(), receipt.feeName(), receipt.amount(), method, collectedBy, at,
                receipt.collectedOn(), txnRef, stored.sha256());
        rows.insert(kept);
        return kept;
    }

    private String render(FeeReceipt r, DossierFee fee, LocalDateTime at) {
        Agency office = offices.find(AgencyCode.of(fee.office())).orElseThrow();
        String parent = office.parent().flatMap(offices::find).map(Agency::name).orElse("");
        String procedure = catalogue.versionOn(ProcedureCode.of(fee.procedureCode()), at.toLocalDate())
                .map(v -> v.name()).orElse(fee.procedureCode());
        var a = fee.assessment();
        String line = a.feeName() + (a.quantity() > 1 ? " (" + a.quantity() + " × " + money(a.unitAmount()) + " đồng)" : "");
        String reduction = a.reduction() == null ? null
                : (a.reduction().exempts() ? "Miễn" : "Giảm " + a.reduction().percent() + "%") + " cho " + a.reduction().group()
                        + " (" + a.reductionReason() + "); mức trước miễn giảm " + money(a.base()) + " đồng";
        String collector = r.method() == PaymentMethod.ONLINE ? "Thanh toán trực tuyến (cổng thanh toán)"
                : staff.find(new Username(r.collectedBy())).map(s -> s.fullName()).orElse(r.collectedBy());
        String qr = "MOTCUA|BIEN_LAI|" + r.label() + "|" + r.dossierCode() + "|" + fee.procedureCode() + "|" + r.amount() + "|"
                + r.collectedAt();
        var printed = new Printed(slips.qrDataUri(qr), parent, office.name(),
                settings.taxCode(fee.office()) == null ? "(chưa khai báo)" : settings.taxCode(fee.office()), r.formSymbol(),
                r.series(), ReceiptSeries.number(r.number()), r.label(), r.payerName(), r.dossierCode(), procedure, line,
                money(r.amount()), VndInWords.of(r.amount()), r.method() == PaymentMethod.CASH ? "Tiền mặt" : "Trực tuyến",
                reduction, dateLine(at.toLocalDate()), collector);
        var context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("r", printed);
        return templates.process("fees/receipt", context);
    }

    private byte[] signed(String html, DossierFee fee) {
        String name = offices.find(AgencyCode.of(fee.office())).map(Agency::name).orElse(fee.office());
        return seals.sign(slips.pdf(html), fee.office(), name, fee.dossierCode(), "Biên lai thu phí, lệ phí");
    }

    private static String dateLine(LocalDate day) {
        return "Ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng " + String.format("%02d", day.getMonthValue())
                + " năm " + day.getYear();
    }

    /** Đồng with dots between thousands: 1.250.000. */
    static String money(Long amount) {
        return amount == null ? "" : String.format(Locale.GERMANY, "%,d", amount);
    }
}
