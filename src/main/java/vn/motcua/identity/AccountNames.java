package vn.motcua.identity;

import org.springframework.stereotype.Component;

import vn.motcua.identity.domain.Username;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficerNames;

/** Full names of staff accounts for every screen and export that records officers by user name. */
@Component("officerNames")
class AccountNames implements OfficerNames {

    private final StaffAccounts accounts;

    AccountNames(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String fullName(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        try {
            return accounts.find(new Username(username)).map(a -> a.fullName()).orElse(username);
        } catch (InvalidValueException e) {
            return username;
        }
    }
}
