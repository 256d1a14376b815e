package vn.motcua.servicemodel.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/** The form that switches a service model on; each problem is reported next to its field. */
public class ServiceModelForm {

    private ServiceModelKind kind = ServiceModelKind.EXTENDED_SESSION;
    private String publicName = "";
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    private String starts = "";
    private String ends = "";
    private List<String> fields = new ArrayList<>();
    private String procedures = "";
    private boolean slipPrinted = true;
    private boolean leaderOnDuty;

    /** The model the form describes, or {@code null} with every problem recorded in {@code errors}. */
    ServiceModel toModel(AgencyCode office, Errors errors) {
        if (kind == null) {
            errors.rejectValue("kind", "serviceModel.required");
            return null;
        }
        WorkingSession session = null;
        if (kind.addsSession()) {
            LocalTime start = time(starts, "starts", errors);
            LocalTime end = time(ends, "ends", errors);
            if (start != null && end != null && !start.isBefore(end)) {
                errors.rejectValue("ends", "serviceModel.session");
            } else if (start != null && end != null) {
                session = new WorkingSession(start, end, null);
            }
        }
        if (validFrom == null) {
            errors.rejectValue("validFrom", "serviceModel.required");
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new ServiceModel(null, office, kind, publicName, validFrom, validUntil, weekdays, session, fields,
                    Arrays.stream(procedures.split("[,;\\s]+")).filter(p -> !p.isBlank()).toList(), slipPrinted, leaderOnDuty);
        } catch (InvalidValueException e) {
            String property = switch (e.code()) {
                case "serviceModel.name", "serviceModel.name.tooLong" -> "publicName";
                case "serviceModel.until" -> "validUntil";
                case "serviceModel.weekdays" -> "weekdays";
                case "serviceModel.session" -> "starts";
                default -> "validFrom";
            };
            errors.rejectValue(property, e.code());
            return null;
        }
    }

    private static LocalTime time(String text, String property, Errors errors) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(property, "serviceModel.time");
            return null;
        }
    }

    public ServiceModelKind getKind() { return kind; }
    public void setKind(ServiceModelKind v) { kind = v; }
    public String getPublicName() { return publicName; }
    public void setPublicName(String v) { publicName = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate v) { validUntil = v; }
    public Set<DayOfWeek> getWeekdays() { return weekdays; }
    public void setWeekdays(Set<DayOfWeek> v) { weekdays = v == null ? EnumSet.noneOf(DayOfWeek.class) : v; }
    public String getStarts() { return starts; }
    public void setStarts(String v) { starts = v; }
    public String getEnds() { return ends; }
    public void setEnds(String v) { ends = v; }
    public List<String> getFields() { return fields; }
    public void setFields(List<String> v) { fields = v == null ? new ArrayList<>() : v; }
    public String getProcedures() { return procedures; }
    public void setProcedures(String v) { procedures = v == null ? "" : v; }
    public boolean isSlipPrinted() { return slipPrinted; }
    public void setSlipPrinted(boolean v) { slipPrinted = v; }
    public boolean isLeaderOnDuty() { return leaderOnDuty; }
    public void setLeaderOnDuty(boolean v) { leaderOnDuty = v; }
}
