package vn.motcua.organization.domain;

/** What kind of public body an agency is; the tree may nest any of them at any depth. */
public enum AgencyKind {
    MINISTRY, PROVINCE, DEPARTMENT, COMMUNE,
    /** A one-stop public administrative service centre (Trung tâm Phục vụ hành chính công). */
    DESK_CENTRE,
    /** A branch of a centre, serving part of its area. */
    BRANCH,
    /** Any other unit inside a body. */
    UNIT
}
