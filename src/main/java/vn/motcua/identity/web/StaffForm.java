package vn.motcua.identity.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.validation.Errors;

import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/** The form that opens or changes a staff account; every problem is reported next to its field. */
public class StaffForm {

    private String username;
    private String fullName;
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    private Set<String> fields = new LinkedHashSet<>();
    private Long counterId;
    private boolean enabled = true;
    private String password;

    static StaffForm of(StaffAccount account) {
        var form = new StaffForm();
        form.username = account.username().value();
        form.fullName = account.fullName();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(account.roles());
        form.fields = new LinkedHashSet<>(account.sortedFields());
        form.counterId = account.counterId();
        form.enabled = account.enabled();
        return form;
    }

    /** The account the form describes, or {@code null} with the problems in {@code errors}. */
    StaffAccount toAccount(AgencyCode office, Errors errors) {
        Username name = null;
        try {
            name = new Username(username);
        } catch (InvalidValueException e) {
            errors.rejectValue("username", "staffForm." + e.code());
        }
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
            errors.rejectValue("roles", "staffForm.staff.roles.required");
        }
        if (fullName == null || fullName.isBlank()) {
            errors.rejectValue("fullName", "staffForm.staff.fullName.required");
        } else if (fullName.strip().length() > StaffAccount.MAX_NAME_LENGTH) {
            errors.rejectValue("fullName", "staffForm.staff.fullName.tooLong");
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new StaffAccount(name, fullName, office, roles, enabled, fields, counterId);
        } catch (InvalidValueException e) {
            // what the account refuses beyond the checks above (a field name too long, too many fields) is the fields'
            errors.rejectValue("fields", "staffForm." + e.code(), e.getMessage());
            return null;
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public Set<StaffRole> getRoles() { return roles; }
    public void setRoles(Set<StaffRole> v) { roles = v == null ? EnumSet.noneOf(StaffRole.class) : v; }
    public Set<String> getFields() { return fields; }
    public void setFields(Set<String> v) { fields = v == null ? new LinkedHashSet<>() : v; }
    public Long getCounterId() { return counterId; }
    public void setCounterId(Long v) { counterId = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
}
