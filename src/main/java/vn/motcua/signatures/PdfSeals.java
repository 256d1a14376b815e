package vn.motcua.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.HexFormat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Service;

import vn.motcua.signatures.persistence.SignedDocumentRows;

/**
 * Signs the PDFs MotCua issues with the office's seal: PAdES baseline B-B (a detached CAdES signature, {@code
 * ETSI.CAdES.detached}, with the signing-certificate-v2 attribute and no signing-time attribute; the time is the
 * signature dictionary's), after a visible block on the first page in the Vietnamese style: who signed, the office,
 * the time in ISO 8601 with Vietnam's offset. Every signed file is recorded by its SHA-256, so that the verify page can
 * say which dossier it belongs to. Without a seal for the office the PDF is returned as it was.
 */
@Service
public class PdfSeals {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Seals seals;
    private final SignedDocumentRows signed;
    private final Clock clock;
    private final Timestamps timestamps;

    PdfSeals(Seals seals, SignedDocumentRows signed, Clock clock, Timestamps timestamps) {
        this.timestamps = timestamps;
        this.seals = seals;
        this.signed = signed;
        this.clock = clock;
    }

    /**
     * The PDF signed with the office's seal, recorded as the dossier's paper of that kind ({@code dossierCode} may be
     * null for a paper of no dossier); unchanged when the office has no seal.
     */
    public byte[] sign(byte[] pdf, String office, String officeName, String dossierCode, String kind) {
        return sign(pdf, office, officeName, dossierCode, kind, true);
    }

    /**
     * As {@link #sign}, without the visible block when {@code block} is false: a paper that shows its signature in its
     * own words (an electronic copy's top-right line, Decree 30/2020) is signed as it is.
     */
    byte[] sign(byte[] pdf, String office, String officeName, String dossierCode, String kind, boolean block) {
        var seal = seals.of(office, officeName);
        if (seal.isEmpty()) {
            return pdf;
        }
        try {
            var at = clock.instant();
            byte[] withBlock = !block ? pdf
                    : block(pdf, seal.get().signer(), officeName, at.atZone(VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            byte[] result = signature(withBlock, seal.get(), officeName, GregorianCalendar.from(at.atZone(VIETNAM)));
            signed.record(sha256(result), new SignedDocumentRows.Issued(office, dossierCode, kind, seal.get().signer(), at));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be signed", e);
        }
    }

    /** The visible signature block, bottom right of the first page, in the shipped DejaVu font (Vietnamese). */
    private static byte[] block(byte[] pdf, String signer, String officeName, String time) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); InputStream font = PdfSeals.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
            PDPage page = doc.getPage(0);
            var type = PDType0Font.load(doc, font);
            float width = 230;
            float x = page.getMediaBox().getUpperRightX() - width - 24;
            float y = 24;
            String[] lines = {"Ký số bởi: " + signer, "Cơ quan: " + officeName, "Thời gian: " + time};
            try (var content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setStrokingColor(0.1f, 0.3f, 0.7f);
                content.setLineWidth(0.8f);
                content.addRect(x, y, width, 44);
                content.stroke();
                content.setNonStrokingColor(0.1f, 0.3f, 0.7f);
                for (int i = 0; i < lines.length; i++) {
                    content.beginText();
                    content.setFont(type, 6.5f);
                    content.newLineAtOffset(x + 5, y + 32 - i * 12);
                    content.showText(fit(lines[i], 60));
                    content.endText();
                }
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private byte[] signature(byte[] pdf, Seal seal, String officeName, GregorianCalendar at) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); var options = new SignatureOptions()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(seal.signer());
            signature.setLocation(officeName);
            signature.setReason("Ký số văn bản do MotCua cấp");
            signature.setSignDate(at);
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            doc.addSignature(signature, content -> timestamped(cms(seal, content.readAllBytes())), options);
            var out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** A detached CMS signature of the content with the signing-certificate-v2 attribute and no signing time. */
    static byte[] cms(Seal seal, byte[] content) throws IOException {
        try {
            var certificate = seal.certificate();
            var essId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            var table = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {essId}))));
            CMSAttributeTableGenerator attributes = parameters -> new DefaultSignedAttributeTableGenerator(table)
                    .getAttributes(parameters).remove(CMSAttributes.signingTime);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(attributes)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(seal.key()), certificate));
            generator.addCertificates(new JcaCertStore(seal.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The signature could not be made", e);
        }
    }

    /**
     * The CMS with an RFC 3161 timestamp over its signature value as the unsigned signature-time-stamp attribute
     * (PAdES B-T), when a timestamp authority is configured and answers; as it was otherwise.
     */
    private byte[] timestamped(byte[] cms) throws IOException {
        if (!timestamps.configured()) {
            return cms;
        }
        try {
            var signed = new CMSSignedData(cms);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            var token = timestamps.over(signer.getSignature());
            if (token.isEmpty()) {
                return cms;
            }
            var attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.get().toCMSSignedData().toASN1Structure()));
            var withToken = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attribute));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(withToken)).getEncoded();
        } catch (CMSException e) {
            throw new IOException("The timestamp could not be added", e);
        }
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
