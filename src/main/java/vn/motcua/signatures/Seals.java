package vn.motcua.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import vn.motcua.signatures.persistence.DemoKeyRows;

/**
 * Where each office's seal comes from: a PKCS#12 keystore ({@code motcua.signing.keystore}, its password, the entry
 * named after the office code in lower case or {@code motcua.signing.alias} for all), a PKCS#11 token, as the USB tokens
 * officers use ({@code motcua.signing.pkcs11-config}, the SunPKCS11 configuration file; the PIN as the password), or,
 * with neither, in the demo profile, the demo's certificate authority. Without any, PDFs are issued unsigned.
 * The certificates trusted when checking are the keystore's (or token's) chains and the demo's root.
 */
@Component
class Seals {

    private final KeyStore store;
    private final char[] password;
    private final String alias;
    private final DemoAuthority demo;
    /**
     * Seals read once per instance. They never change while it runs: the demo's are written once to PostgreSQL and
     * read from there by every instance; a keystore or token is each instance's own configuration.
     */
    private final Map<String, Seal> known = new ConcurrentHashMap<>();

    Seals(@Value("${motcua.signing.keystore:}") String keystore, @Value("${motcua.signing.pkcs11-config:}") String pkcs11,
            @Value("${motcua.signing.password:}") String password, @Value("${motcua.signing.alias:}") String alias,
            @Value("${motcua.dossier.public-base-url:http://localhost:8080}") String publicBaseUrl,
            DemoKeyRows demoKeys, Environment environment, Clock clock) {
        this.password = password.toCharArray();
        this.alias = alias.isBlank() ? null : alias.strip();
        this.store = !pkcs11.isBlank() ? token(pkcs11, this.password) : keystore.isBlank() ? null : file(Path.of(keystore), this.password);
        this.demo = store == null && environment.acceptsProfiles(Profiles.of("demo")) ? new DemoAuthority(demoKeys, clock,
                publicBaseUrl.replaceAll("/+$", "") + DemoRevocations.PATH) : null;
    }

    /** The office's seal; empty when nothing is configured for it. */
    Optional<Seal> of(String office, String officeName) {
        if (store == null && demo == null) {
            return Optional.empty();
        }
        Seal seal = known.computeIfAbsent(office, o -> store != null ? fromStore(o) : demo.seal(o, officeName));
        return Optional.ofNullable(seal);
    }

    /** The demo CA's own key and certificate (to sign its CRL); empty outside the demo profile. */
    Optional<Seal> demoAuthority() {
        return demo == null ? Optional.empty() : Optional.of(known.computeIfAbsent("\u0000ca", k -> demo.authoritySeal()));
    }

    /** The demo's timestamp authority's key and certificate; empty outside the demo profile. */
    Optional<Seal> demoTimestampUnit() {
        return demo == null ? Optional.empty() : Optional.of(known.computeIfAbsent("\u0000tsa", k -> demo.timestampUnit()));
    }

    /** The certificates a signature must chain to: the configured chains' last certificates, or the demo's root. */
    List<X509Certificate> anchors() {
        if (demo != null) {
            return List.of(demo.root());
        }
        if (store == null) {
            return List.of();
        }
        try {
            return java.util.Collections.list(store.aliases()).stream().map(a -> {
                try {
                    var chain = store.getCertificateChain(a);
                    return chain == null ? null : (X509Certificate) chain[chain.length - 1];
                } catch (GeneralSecurityException e) {
                    return null;
                }
            }).filter(java.util.Objects::nonNull).distinct().toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Seal fromStore(String office) {
        String entry = alias != null ? alias : office.toLowerCase(Locale.ROOT);
        try {
            var key = (PrivateKey) store.getKey(entry, password);
            var chain = store.getCertificateChain(entry);
            return key == null || chain == null ? null
                    : new Seal(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The seal of " + office + " cannot be read from the keystore", e);
        }
    }

    private static KeyStore file(Path path, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("motcua.signing.keystore cannot be opened: " + path, e);
        }
    }

    private static KeyStore token(String config, char[] pin) {
        try {
            Provider provider = Security.getProvider("SunPKCS11").configure(config);
            Security.addProvider(provider);
            var store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The PKCS#11 token of " + config + " cannot be opened", e);
        }
    }
}
