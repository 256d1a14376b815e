package vn.motcua.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.queue.persistence.KioskRows;

/**
 * Kiosk devices: an office's administrator issues a device token (shown once, kept by its SHA-256) that binds a touch
 * screen to the office with nobody signed in; revoked, the kiosk gives no more tickets.
 */
@Service
public class KioskDevices {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KioskRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    KioskDevices(KioskRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token for a kiosk of the administrator's office; the token is returned once and never shown again. */
    public String issue(OfficeMember admin, String name) {
        requireAdmin(admin);
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidValueException("kiosk.name", "Name the kiosk (at most 120 characters)");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        rows.insert(new KioskRows.Device(sha256(token), admin.officeCode(), name.strip(), admin.getUsername(), clock.instant(), null));
        audit.record(new AuditEntry(clock.instant(), admin.getUsername(), admin.officeCode(), "kiosk.issued", "kiosk:" + name.strip(),
                null));
        return token;
    }

    public List<KioskRows.Device> ofOffice(OfficeMember admin) {
        requireAdmin(admin);
        return rows.ofOffice(admin.officeCode());
    }

    public void revoke(OfficeMember admin, String tokenSha256) {
        requireAdmin(admin);
        if (tokenSha256 == null || !tokenSha256.matches("[0-9a-f]{64}") || !rows.revoke(admin.officeCode(), tokenSha256, clock.instant())) {
            throw new InvalidValueException("kiosk.unknown", "No such kiosk");
        }
        audit.record(new AuditEntry(clock.instant(), admin.getUsername(), admin.officeCode(), "kiosk.revoked",
                "kiosk:" + tokenSha256.substring(0, 12), null));
    }

    /** The active device of a token, if the token is one. */
    Optional<KioskRows.Device> device(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return rows.active(sha256(token));
    }

    private static void requireAdmin(OfficeMember member) {
        if (!member.holds("ADMIN") && !member.holds("LEADER")) {
            throw new AccessDeniedException(member.getUsername() + " does not issue kiosks");
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
