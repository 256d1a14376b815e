package vn.motcua.signatures;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.stereotype.Service;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.signatures.persistence.SignedDocumentRows;

/**
 * Checks the signatures of an uploaded PDF: each one's CMS over the bytes it names, whether the last one covers the
 * whole file (nothing added after signing), whether its certificate chains to a trusted certificate and was valid
 * when it signed; and which dossier of MotCua the file is, when MotCua signed exactly these bytes.
 */
@Service
public class SignatureCheck {

    /** The most bytes checked. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** One signature of the file. */
    /**
     * @param timestampedAt the time an RFC 3161 timestamp authority vouches for (PAdES B-T), or {@code null} without one
     * @param timestampAuthority who vouches for it
     * @param timestampValid whether that timestamp is over this signature, signed by a trusted authority; true without one
     */
    public record Found(boolean valid, String signer, String issuer, Instant signedAt, boolean intact, boolean trusted,
            boolean coversWholeFile, Instant timestampedAt, String timestampAuthority, boolean timestampValid,
            String revocation) {
        static Found of(String signer, String issuer, Instant signedAt, boolean intact, boolean trusted, boolean whole) {
            return new Found(intact && trusted && whole, signer, issuer, signedAt, intact, trusted, whole, null, null, true,
                    "NOT_CHECKED");
        }

        Found stamped(Instant at, String authority, boolean ok) {
            return new Found(valid && ok, signer, issuer, signedAt, intact, trusted, coversWholeFile, at, authority, ok,
                    revocation);
        }

        /** With what the revocation lists say of the signer's certificate: a revoked one is not valid. */
        Found revocation(Revocations.Status status) {
            return new Found(valid && status != Revocations.Status.REVOKED, signer, issuer, signedAt, intact, trusted,
                    coversWholeFile, timestampedAt, timestampAuthority, timestampValid, status.name());
        }

        /** The timestamp's time as a Vietnamese reader reads it. */
        public String timestampedAtInVietnam() {
            return timestampedAt == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy '(GMT+7)'")
                    .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(timestampedAt);
        }

        /** The signing time as a Vietnamese reader reads it: Vietnam time, to the second. */
        public String signedAtInVietnam() {
            return signedAt == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy '(GMT+7)'")
                    .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(signedAt);
        }
    }

    /** The file's signatures and what MotCua issued it as, if it did. */
    public record Verdict(boolean valid, List<Found> signatures, Optional<SignedDocumentRows.Issued> issued) {
        static Verdict of(List<Found> signatures, Optional<SignedDocumentRows.Issued> issued) {
            return new Verdict(!signatures.isEmpty() && signatures.stream().allMatch(Found::valid), List.copyOf(signatures), issued);
        }
    }

    private final Seals seals;
    private final SignedDocumentRows signed;

    private final Revocations revocations;

    SignatureCheck(Seals seals, SignedDocumentRows signed, Revocations revocations) {
        this.revocations = revocations;
        this.seals = seals;
        this.signed = signed;
    }

    public Verdict check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidValueException("file.empty", "The file is empty");
        }
        if (pdf.length > MAX_BYTES) {
            throw new InvalidValueException("file.tooLarge", "At most 20 MB");
        }
        var found = new ArrayList<Found>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var dictionaries = doc.getSignatureDictionaries();
            for (int i = 0; i < dictionaries.size(); i++) {
                found.add(check(dictionaries.get(i), pdf, i == dictionaries.size() - 1));
            }
        } catch (IOException e) {
            throw new InvalidValueException("file.type", "Not a PDF that can be read");
        }
        return Verdict.of(found, signed.find(PdfSeals.sha256(pdf)));
    }

    private Found check(PDSignature signature, byte[] pdf, boolean last) throws IOException {
        int[] range = signature.getByteRange();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        try {
            var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            var converter = new JcaX509CertificateConverter();
            @SuppressWarnings("unchecked")
            var holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            X509Certificate certificate = converter.getCertificate(holder);
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            var chain = new ArrayList<X509Certificate>();
            for (Object other : cms.getCertificates().getMatches(null)) {
                chain.add(converter.getCertificate((X509CertificateHolder) other));
            }
            boolean trusted = chainsToAnchor(certificate, chain, at);
            var found = Found.of(Seal.commonName(certificate), certificate.getIssuerX500Principal().getName(), at, intact, trusted,
                    whole || !last);
            var stamped = timestamp(signer).map(t -> found.stamped(t.at(), t.authority(), t.valid())).orElse(found);
            X509Certificate issuerCertificate = chain.stream().filter(c -> !c.equals(certificate) && issuedBy(certificate, c))
                    .findFirst().orElse(null);
            Instant when = stamped.timestampedAt() != null && stamped.timestampValid() ? stamped.timestampedAt() : at;
            return stamped.revocation(revocations.of(certificate, issuerCertificate, when));
        } catch (CMSException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return Found.of(signature.getName() == null ? "?" : signature.getName(), "?", at, false, false, whole || !last);
        }
    }

    private record Stamp(Instant at, String authority, boolean valid) {
    }

    /**
     * The signature's RFC 3161 timestamp, if it has one: valid when its imprint is the SHA-256 of this signature's value,
     * its token is signed by a certificate for time-stamping, and that certificate chains to a trusted one.
     */
    private Optional<Stamp> timestamp(SignerInformation signer) {
        var unsigned = signer.getUnsignedAttributes();
        var attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            var token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            Instant at = token.getTimeStampInfo().getGenTime().toInstant();
            var converter = new JcaX509CertificateConverter();
            @SuppressWarnings("unchecked")
            var holder = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID()).iterator().next();
            X509Certificate tsa = converter.getCertificate(holder);
            boolean imprint = java.util.Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(),
                    MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            var chain = new ArrayList<X509Certificate>();
            for (Object other : token.getCertificates().getMatches(null)) {
                chain.add(converter.getCertificate((X509CertificateHolder) other));
            }
            return Optional.of(new Stamp(at, Seal.commonName(tsa), imprint && chainsToAnchor(tsa, chain, at)));
        } catch (TSPException | java.io.IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return Optional.of(new Stamp(null, "?", false));
        }
    }

    /** Whether the certificate leads, issuer by issuer among those given, to a trusted one, each valid at that time. */
    private boolean chainsToAnchor(X509Certificate certificate, List<X509Certificate> given, Instant at) {
        var anchors = seals.anchors();
        X509Certificate current = certificate;
        for (int depth = 0; depth < 8; depth++) {
            try {
                current.checkValidity(at == null ? new java.util.Date() : java.util.Date.from(at));
            } catch (GeneralSecurityException e) {
                return false;
            }
            for (X509Certificate anchor : anchors) {
                if (current.equals(anchor) || issuedBy(current, anchor)) {
                    return true;
                }
            }
            X509Certificate next = null;
            for (X509Certificate candidate : given) {
                if (!candidate.equals(current) && issuedBy(current, candidate)) {
                    next = candidate;
                }
            }
            if (next == null) {
                return false;
            }
            current = next;
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
