package vn.motcua.citizen.demoprovider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.motcua.citizen.domain.CitizenIdentity;
import vn.motcua.dossier.domain.PersonalIdNumber;

/**
 * The demo provider's sample citizens ({@code demo/citizens.csv}), all with the one demo password, which the
 * provider's sign-in page shows. Their identities are checked as a real provider's claims would be.
 */
final class DemoCitizens {

    static final String PASSWORD = "CongDan@2026";

    private final Map<String, CitizenIdentity> identities;
    private final String passwordHash;

    DemoCitizens(PasswordEncoder encoder) {
        this(encoder, null);
    }

    /**
     * With {@code extra}, the sample citizens of that file too (the same columns; {@code motcua.demo.citizens-file},
     * for load benchmarks that need many distinct citizens).
     */
    DemoCitizens(PasswordEncoder encoder, Path extra) {
        this.identities = read();
        if (extra != null) {
            try {
                identities.putAll(parse(Files.readString(extra, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.passwordHash = encoder.encode(PASSWORD);
    }

    /** The sign-in details of a sample citizen (not a {@code UserDetailsService} bean: staff sign-in keeps the only one). */
    UserDetails user(String username) {
        if (!identities.containsKey(username)) {
            throw new UsernameNotFoundException("no such demo citizen");
        }
        return User.withUsername(username).password(passwordHash).roles("DEMO_CITIZEN").build();
    }

    Optional<CitizenIdentity> identity(String username) {
        return Optional.ofNullable(identities.get(username));
    }

    List<String> usernames() {
        return List.copyOf(identities.keySet());
    }

    private static Map<String, CitizenIdentity> read() {
        try (InputStream in = DemoCitizens.class.getResourceAsStream("/demo/citizens.csv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CitizenIdentity> parse(String csv) {
        var identities = new LinkedHashMap<String, CitizenIdentity>();
        for (String line : csv.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("username,")) continue;
            String[] f = line.strip().split(",");
            identities.put(f[0], new CitizenIdentity(PersonalIdNumber.of(f[1]), f[2], LocalDate.parse(f[3])));
        }
        return identities;
    }
}
