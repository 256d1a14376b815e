package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierLimits;
import vn.motcua.dossier.ControlSheetWording;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.StepTimeliness;
import vn.motcua.servicemodel.domain.AppliedModel;

/** The JSON shapes of the dossier API. */
final class DossierJson {

    private DossierJson() {
    }

    @Schema(description = "The applicant (chủ hồ sơ): a person or an organisation")
    record ApplicantBody(
            @Schema(description = "A person or an organisation", allowableValues = {"INDIVIDUAL", "ORGANISATION"},
                    defaultValue = "INDIVIDUAL", example = "INDIVIDUAL") String kind,
            @Schema(requiredMode = REQUIRED, maxLength = Applicant.MAX_NAME, example = "Nguyễn Văn An") String name,
            @Schema(description = "Personal ID number: 12 digits, required for a person", pattern = "^[0-9]{12}$",
                    example = "001090012345") String idNumber,
            @Schema(description = "Enterprise or organisation code, required for an organisation", maxLength = 20,
                    example = "0101234567") String organisationNumber,
            @Schema(maxLength = 300, example = "Số 1 phố Hàng Bài, Hoàn Kiếm, Hà Nội") String address,
            @Schema(description = "9 to 14 digits, optionally after +; spaces, dots and dashes are ignored",
                    maxLength = 20, example = "0903123456") String phone,
            @Schema(format = "email", maxLength = 120, example = "an.nguyen@example.vn") String email) {
    }

    @Schema(description = "An authorised representative (người được ủy quyền) submitting for the applicant")
    record RepresentativeBody(
            @Schema(requiredMode = REQUIRED, maxLength = Applicant.MAX_NAME, example = "Trần Thị Bình") String name,
            @Schema(pattern = "^[0-9]{12}$", example = "001185004321") String idNumber,
            @Schema(requiredMode = REQUIRED, maxLength = 300, example = "Giấy ủy quyền số 12/2026 ngày 01/12/2026")
            String authorisation) {
    }

    @Schema(description = "A document received with the dossier")
    record DocumentBody(
            @Schema(requiredMode = REQUIRED, maxLength = 500, example = "Tờ khai đăng ký khai sinh") String name,
            @Schema(minimum = "0", maximum = "99", defaultValue = "1", example = "1") Integer copies) {
    }

    @Schema(description = "A complete dossier to accept")
    record AcceptBody(
            @Schema(requiredMode = REQUIRED, description = "The receiving office's agency code", maxLength = 40,
                    example = "H99.01") String officeCode,
            @Schema(requiredMode = REQUIRED, description = "The procedure's national code", maxLength = 20,
                    example = "1.004873") String procedureCode,
            @Schema(requiredMode = REQUIRED, allowableValues = {"COUNTER", "POST", "ONLINE"}, example = "COUNTER") String channel,
            @Schema(requiredMode = REQUIRED) ApplicantBody applicant,
            RepresentativeBody representative,
            @ArraySchema(maxItems = DossierLimits.DOCUMENTS) List<DocumentBody> documents,
            @Schema(description = "The declaration's fields by key (the procedure's form)", maxProperties = 200,
                    example = "{\"ho_ten_nguoi_yeu_cau\": \"Nguyễn Văn An\"}") Map<String, String> declaration,
            @Schema(description = "An officer filled the declaration for the citizen", defaultValue = "false")
            Boolean assistedFilling) {
    }

    /** The arguments of a transition; each transition reads the ones it needs. */
    @Schema(description = "The arguments of a transition; each transition reads the ones it needs")
    record TransitionBody(
            @Schema(description = "The version you saw (or send If-Match)", minimum = "0", example = "0") Long version,
            @Schema(description = "Reason, note or answer (send-back, refuse, apology, stop, hand-over, consultation-answer)",
                    maxLength = DossierLimits.NOTE_LENGTH, example = "Thiếu bản sao giấy chứng nhận kết hôn") String note,
            @ArraySchema(maxItems = DossierLimits.SUPPLEMENT_ITEMS, schema = @Schema(
                    maxLength = DossierLimits.SUPPLEMENT_ITEM_LENGTH, example = "Bản sao giấy khai sinh"),
                    arraySchema = @Schema(description = "supplement-request: every missing item")) List<String> items,
            @Schema(description = "apology: the new appointment, local to Asia/Ho_Chi_Minh", example = "2027-01-20T16:00:00")
            LocalDateTime newDueAt,
            @Schema(description = "return: how the result went back", allowableValues = {"COUNTER", "POST", "ONLINE"},
                    defaultValue = "COUNTER") String through,
            @Schema(description = "transfer: the unit that processes it", maxLength = DossierLimits.NOTE_LENGTH,
                    example = "Công chức Tư pháp - Hộ tịch") String unit,
            @Schema(description = "consult: the consulted agency's name", maxLength = DossierLimits.AGENCY_LENGTH,
                    example = "Công an xã") String agency,
            @Schema(description = "consult: horizontal (same level) or vertical", allowableValues = {"HORIZONTAL", "VERTICAL"},
                    defaultValue = "HORIZONTAL") String direction,
            @Schema(description = "consult: the question", maxLength = DossierLimits.NOTE_LENGTH,
                    example = "Xác nhận nơi cư trú của người yêu cầu") String question,
            @Schema(description = "consult: working days given to answer", minimum = "" + DossierLimits.CONSULTATION_MIN_DAYS,
                    maximum = "" + DossierLimits.CONSULTATION_MAX_DAYS, defaultValue = "5", example = "5") Integer workingDays,
            @Schema(description = "consultation-answer: the consultation's number", minimum = "1", example = "1") Integer number,
            @Schema(description = "transfer: another competent agency's code", maxLength = 40) String competentOffice,
            @Schema(description = "consult: the consulted agency's code when it works in MotCua", maxLength = 40)
            String consultedOffice,
            @Schema(description = "return: the representative who received the result (none: the applicant)",
                    maxLength = Applicant.MAX_NAME, example = "Trần Văn Bình") String recipientName,
            @Schema(description = "return: the representative's personal ID number (12 digits)", pattern = "\\d{12}",
                    example = "001090012345") String recipientIdNumber) {
    }

    record Accepted(String code, String status, LocalDateTime receivedAt, LocalDateTime dueAt, String receiptUrl,
            String lookupUrl, List<AppliedModel> models, boolean slipPrinted, long version) {
    }

    record Dossier(String code, String status, String officeCode, String competentOffice, String procedureCode,
            String procedureName, String applicantName, String channel, LocalDateTime receivedAt, LocalDateTime dueAt,
            LocalDateTime promisedAt, String holder, List<String> missingItems, List<Handover> controlSheet,
            List<Consultation> consultations, List<Transition> history, long version) {

        /** The dossier with its control sheet in Vietnamese, the language of the papers it stands for. */
        static Dossier of(DossierData d, List<Transition> history, ControlSheetWording wording) {
            var sheet = d.controlSheet().stream().map(h -> new Handover(wording.stage(h.step(), ControlSheetWording.VIETNAMESE),
                    h.from(), wording.holder(h.to(), ControlSheetWording.VIETNAMESE), h.at(), h.stepDueAt(), h.timeliness(),
                    h.note())).toList();
            return new Dossier(d.code().value(), d.status().name(), d.office().value(), d.competentOffice().value(),
                    d.procedure().code(), d.procedure().name(), d.applicant().name(), d.channel().name(), d.receivedAt(),
                    d.clock().dueAt(), d.clock().promisedAt(), wording.holder(d.holder(), ControlSheetWording.VIETNAMESE),
                    d.missingItems(), sheet, d.consultations(), history, d.version());
        }
    }

    /** One row of the control sheet (form 06): the step handed over, by whom, to whom, when, its deadline and verdict. */
    record Handover(String step, String from, String to, LocalDateTime at, LocalDateTime stepDueAt,
            StepTimeliness timeliness, String note) {
    }
}
