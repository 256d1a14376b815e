package vn.motcua.dossier.domain;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.domain.AppointmentCalculator;
import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.HolidayCsv;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.organization.domain.AgencyCode;

/** Builds dossiers for domain tests: by default a 3-working-day procedure with three steps, received at H99.01. */
public final class DossierFixture {

    public static final AgencyCode OFFICE = AgencyCode.of("H99.01");
    public static final OfficeCalendar CALENDAR = calendar();
    public static final Officer RECEPTIONIST = new Officer("tiepnhan", OFFICE, Set.of(Duty.RECEPTION));
    public static final Officer SPECIALIST = new Officer("chuyenvien", OFFICE, Set.of(Duty.SPECIALIST));
    public static final Officer LEADER = new Officer("lanhdao", OFFICE, Set.of(Duty.LEADER));

    private LocalDateTime receivedAt = LocalDateTime.of(2026, 3, 2, 9, 0);
    private ProcessingTime time = ProcessingTime.workingDays(3);
    private List<ProcessingStep> steps = List.of(
            new ProcessingStep("Thẩm định hồ sơ", "Công chức tư pháp - hộ tịch", new BigDecimal("8")),
            new ProcessingStep("Trình ký", "Công chức tư pháp - hộ tịch", new BigDecimal("4")),
            new ProcessingStep("Ký duyệt", "Lãnh đạo UBND", new BigDecimal("4")));

    private Integer supplementWindowDays;

    private DossierFixture() {
    }

    public static DossierFixture aDossier() {
        return new DossierFixture();
    }

    public DossierFixture receivedAt(LocalDateTime at) {
        this.receivedAt = at;
        return this;
    }

    public DossierFixture withTime(ProcessingTime time) {
        this.time = time;
        return this;
    }

    /** The procedure states its own supplement window. */
    public DossierFixture withSupplementWindow(int days) {
        this.supplementWindowDays = days;
        return this;
    }

    public DossierFixture withSteps(List<ProcessingStep> steps) {
        this.steps = steps;
        return this;
    }

    public static Applicant citizen() {
        return new Applicant(Applicant.Kind.INDIVIDUAL, "Nguyễn Văn An", PersonalIdNumber.of("001090012345"),
                null, "Số 1 phố Huế, Hà Nội", "0912345678", null);
    }

    public Dossier build() {
        var procedure = new ProcedureSnapshot("1.004873", LocalDate.of(2025, 7, 1),
                "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", time, steps, supplementWindowDays);
        var reception = new Reception(OFFICE, null, procedure, citizen(), null, Channel.COUNTER,
                List.of(new ReceivedDocument("Tờ khai", 1, null, null)), null, null, RECEPTIONIST);
        return Dossier.accept(reception, DossierCode.of("H99.01-260302-0001"),
                AppointmentCalculator.appointment(CALENDAR, receivedAt, time));
    }

    private static OfficeCalendar calendar() {
        try (var in = DossierFixture.class.getResourceAsStream("/calendar/holidays-vn.csv")) {
            return new OfficeCalendar(CalendarRules.standard(HolidayCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
