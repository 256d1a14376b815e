package vn.motcua.identity.domain;

/** What a member of staff may do. A user may hold several roles in one office. */
public enum StaffRole {
    /** Cán bộ một cửa: receives dossiers at the counter and returns results. */
    RECEPTION,
    /** Chuyên viên: processes a dossier's steps in the competent department. */
    SPECIALIST,
    /** Lãnh đạo: approves and signs, is on duty, watches the statistics. */
    LEADER,
    /** Quản trị: offices, staff, procedures, calendars and service models. */
    ADMIN;

    /** The Spring Security authority name is built outside the domain from {@link #name()}. */
    public static StaffRole parse(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
