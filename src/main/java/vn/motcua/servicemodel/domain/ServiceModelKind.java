package vn.motcua.servicemodel.domain;

/** The kinds of service model an office may switch on (service-models.md). */
public enum ServiceModelKind {
    /** "Giờ làm việc thứ 9": extra hours after closing on given weekdays, e.g. Thursday 17:00–18:00. */
    EXTENDED_SESSION(true),
    /** "30 phút vì dân": opening earlier on given weekdays, e.g. Monday and Friday 07:00–07:30. */
    EARLY_OPENING(true),
    /** "Ngày không hẹn": on given weekdays a complete dossier in the scope is due the same day. */
    NO_APPOINTMENT_DAY(false),
    /** "Công dân không viết": officers fill the declaration for the citizen, every day or on given weekdays. */
    ASSISTED_FILLING(false),
    /** Reception on Saturday mornings. */
    SATURDAY_RECEPTION(true),
    /** The citizen rates the service by scanning a QR code at the desk. */
    QR_SURVEY(false);

    private final boolean addsSession;

    ServiceModelKind(boolean addsSession) {
        this.addsSession = addsSession;
    }

    /** Whether the model adds working time to the office's calendar. */
    public boolean addsSession() {
        return addsSession;
    }
}
