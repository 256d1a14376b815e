package vn.motcua.platform.security;

/**
 * Officers as people read them: the full name of a staff account ("Nguyễn Thị Lan", not "tiepnhan"). Modules that keep
 * who did what by user name show it through this; the identity module answers. Templates reach it as
 * {@code @officerNames}.
 */
public interface OfficerNames {

    /** The account's full name, or the text itself when it names no account (an agency, a unit, a name typed). */
    String fullName(String username);
}
