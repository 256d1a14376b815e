package vn.motcua.citizen.security;

import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import vn.motcua.citizen.domain.CitizenAccount;

/**
 * The signed-in citizen: their account and identity beside the provider's tokens. Holds the role {@code CITIZEN}
 * only, so no staff page or API ever opens to a citizen.
 */
public final class CitizenPrincipal extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String ROLE = "ROLE_CITIZEN";

    private final UUID accountId;
    private final String fullName;
    private final String maskedIdNumber;
    private final LocalDate birthDate;

    CitizenPrincipal(CitizenAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority(ROLE)), idToken, userInfo, "sub");
        this.accountId = account.id();
        this.fullName = account.identity().fullName();
        this.maskedIdNumber = account.identity().idNumber().masked();
        this.birthDate = account.identity().birthDate();
    }

    public UUID accountId() {
        return accountId;
    }

    /** For the page header ({@code principal.fullName}), as staff principals have. */
    public String getFullName() {
        return fullName;
    }

    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenPrincipal that && accountId.equals(that.accountId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
