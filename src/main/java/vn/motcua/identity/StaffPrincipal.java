package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.motcua.identity.domain.StaffRole;
import vn.motcua.platform.security.OfficeMember;

/** The signed-in member of staff, as other modules see them: who, which office, which roles. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, OfficeMember {

    private final String username;
    private final String fullName;
    private final String officeCode;
    private final String officeName;
    private final Set<StaffRole> roles;
    private final boolean enabled;
    private final boolean locked;
    private boolean hadFailures;
    private String passwordHash;

    public StaffPrincipal(String username, String fullName, String officeCode, String officeName, Set<StaffRole> roles,
            boolean enabled, boolean locked, String passwordHash) {
        this.username = username;
        this.fullName = fullName;
        this.officeCode = officeCode;
        this.officeName = officeName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    /** Whether wrong passwords were counted against the account when it was loaded (to clear after success). */
    public boolean hadFailures() {
        return hadFailures;
    }

    public StaffPrincipal withFailures(boolean failures) {
        this.hadFailures = failures;
        return this;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public String officeCode() {
        return officeCode;
    }

    public String officeName() {
        return officeName;
    }

    public Set<StaffRole> roles() {
        return roles;
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    @Override
    public boolean holds(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    /** Roles in a stable order (reception first, administrator last), for display. */
    public List<StaffRole> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal p && p.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "@" + officeCode + "]";
    }
}
