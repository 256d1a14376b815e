package vn.motcua.dossier;

import java.util.EnumSet;

import vn.motcua.dossier.domain.Duty;
import vn.motcua.dossier.domain.Officer;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;

/** The signed-in member as the dossier domain sees them: their duties are the roles of the same names. */
final class Officers {

    private Officers() {
    }

    static Officer of(OfficeMember member) {
        var duties = EnumSet.noneOf(Duty.class);
        for (Duty duty : Duty.values()) {
            if (member.holds(duty.name())) {
                duties.add(duty);
            }
        }
        return new Officer(member.getUsername(), AgencyCode.of(member.officeCode()), duties);
    }
}
