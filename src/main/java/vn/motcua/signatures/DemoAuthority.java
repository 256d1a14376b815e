package vn.motcua.signatures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.motcua.signatures.persistence.DemoKeyRows;

/**
 * The demo's certificate authority ("MotCua DEMO CA — không có giá trị pháp lý") and one certificate per office it is
 * asked for, each named as demo; keys of 2048-bit RSA, kept as PKCS#12 in PostgreSQL so that every instance signs with
 * the same ones. Never used outside the demo profile.
 */
final class DemoAuthority {

    static final String CA = "DEMO-CA";
    static final char[] PASSWORD = "motcua-demo".toCharArray();
    private static final String CA_NAME = "MotCua DEMO CA - không có giá trị pháp lý";

    private final DemoKeyRows rows;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Where the demo CA publishes its CRL, written into each certificate it issues. */
    private final String crlUrl;

    DemoAuthority(DemoKeyRows rows, Clock clock, String crlUrl) {
        this.rows = rows;
        this.clock = clock;
        this.crlUrl = crlUrl;
    }

    /** The CA's key and certificate, to sign its CRL. */
    Seal authoritySeal() {
        return authority();
    }

    X509Certificate root() {
        return (X509Certificate) authority().chain().getFirst();
    }

    /** The office's demo seal, made at the first call for it. */
    Seal seal(String office, String officeName) {
        Seal ca = authority();
        byte[] pkcs12 = rows.findOrMake("office:" + office, () -> issue(ca, office, officeName), clock.instant());
        return read(pkcs12);
    }

    /** The demo's timestamp authority (RFC 3161): its own key and certificate for time-stamping only. */
    Seal timestampUnit() {
        Seal ca = authority();
        return read(rows.findOrMake("tsa", () -> issueTsa(ca), clock.instant()));
    }

    private byte[] issueTsa(Seal ca) {
        KeyPair pair = keyPair();
        X500Name subject = name("MotCua DEMO TSA - không có giá trị pháp lý", null);
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate cert = certificate(subject, pair.getPublic(), issuer, ca.key(), Duration.ofDays(1095), false, true);
        return pkcs12(pair.getPrivate(), List.of(cert, ca.certificate()));
    }

    private Seal authority() {
        return read(rows.findOrMake(CA, this::selfSigned, clock.instant()));
    }

    private byte[] selfSigned() {
        KeyPair pair = keyPair();
        X500Name name = name(CA_NAME, null);
        X509Certificate cert = certificate(name, pair.getPublic(), name, pair.getPrivate(), Duration.ofDays(3650), true, false);
        return pkcs12(pair.getPrivate(), List.of(cert));
    }

    private byte[] issue(Seal ca, String office, String officeName) {
        KeyPair pair = keyPair();
        X500Name subject = name(officeName + " (DEMO - không có giá trị pháp lý)", office);
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate cert = certificate(subject, pair.getPublic(), issuer, ca.key(), Duration.ofDays(1095), false, false);
        return pkcs12(pair.getPrivate(), List.of(cert, ca.certificate()));
    }

    private X509Certificate certificate(X500Name subject, java.security.PublicKey key, X500Name issuer, PrivateKey signer,
            Duration valid, boolean authority, boolean timestamping) {
        try {
            // valid from well before the moment it is made: an instance (or a test) whose clock is behind the one that
            // made it signs with it too
            var from = Date.from(clock.instant().minus(Duration.ofDays(400)));
            var to = Date.from(clock.instant().plus(valid));
            var builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, random).abs().add(BigInteger.ONE), from, to,
                    subject, key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (!authority && crlUrl != null) {
                var point = new org.bouncycastle.asn1.x509.DistributionPoint(new org.bouncycastle.asn1.x509.DistributionPointName(
                        new org.bouncycastle.asn1.x509.GeneralNames(new org.bouncycastle.asn1.x509.GeneralName(
                                org.bouncycastle.asn1.x509.GeneralName.uniformResourceIdentifier, crlUrl))), null, null);
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new org.bouncycastle.asn1.x509.CRLDistPoint(new org.bouncycastle.asn1.x509.DistributionPoint[] {point}));
            }
            if (timestamping) {
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demo certificate could not be made", e);
        }
    }

    private static X500Name name(String commonName, String office) {
        var builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "MotCua DEMO");
        if (office != null) {
            builder.addRDN(BCStyle.OU, office);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pkcs12(PrivateKey key, List<X509Certificate> chain) {
        try {
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", key, PASSWORD, chain.toArray(Certificate[]::new));
            var out = new ByteArrayOutputStream();
            store.store(out, PASSWORD);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Seal read(byte[] pkcs12) {
        try {
            var store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), PASSWORD);
            var chain = java.util.Arrays.stream(store.getCertificateChain("seal")).map(c -> (X509Certificate) c).toList();
            return new Seal((PrivateKey) store.getKey("seal", PASSWORD), chain);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
