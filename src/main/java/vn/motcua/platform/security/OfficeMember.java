package vn.motcua.platform.security;

/**
 * The signed-in member of staff as any module may see them without depending on the identity
 * module: their user name and the code of the office they belong to.
 */
public interface OfficeMember {

    String getUsername();

    String officeCode();

    /** Whether the member holds the role of the given name ({@code "ADMIN"}, {@code "LEADER"}, ...). */
    boolean holds(String role);

    default boolean isAdmin() {
        return holds("ADMIN");
    }
}
