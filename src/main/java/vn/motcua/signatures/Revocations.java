package vn.motcua.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether a signer's certificate was revoked when it signed: the CRLs its certificate names (CRL distribution points,
 * HTTP), each checked against the issuer's key; revoked when the certificate is listed with a revocation time not after
 * the signing time. A list that cannot be fetched or checked leaves the status unknown. An address on this
 * installation's public base address (the demo CA's list) is read from the local server.
 */
@Component
class Revocations {

    /** What the revocation lists say of a certificate. */
    enum Status { GOOD, REVOKED, UNKNOWN, NOT_LISTED }

    private final String publicBaseUrl;
    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Revocations(@Value("${motcua.dossier.public-base-url:http://localhost:8080}") String publicBaseUrl, Environment environment) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.environment = environment;
    }

    Status of(X509Certificate certificate, X509Certificate issuer, Instant at) {
        List<String> urls = crlUrls(certificate);
        if (urls.isEmpty()) {
            return Status.NOT_LISTED;
        }
        if (issuer == null) {
            return Status.UNKNOWN;
        }
        for (String url : urls) {
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(local(url))).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    continue;
                }
                var crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(answer.body()));
                crl.verify(issuer.getPublicKey());
                var entry = crl.getRevokedCertificate(certificate);
                boolean revoked = entry != null && (at == null || !entry.getRevocationDate().toInstant().isAfter(at));
                return revoked ? Status.REVOKED : Status.GOOD;
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                // try the next list, else unknown
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.UNKNOWN;
            }
        }
        return Status.UNKNOWN;
    }

    private String local(String url) {
        return url.startsWith(publicBaseUrl + "/")
                ? "http://localhost:" + environment.getProperty("local.server.port", "8080") + url.substring(publicBaseUrl.length())
                : url;
    }

    private static List<String> crlUrls(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        var urls = new ArrayList<String>();
        if (value == null) {
            return urls;
        }
        var points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(value).getOctets());
        for (var point : points.getDistributionPoints()) {
            var name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        String url = general.getName().toString();
                        if (url.startsWith("http://") || url.startsWith("https://")) {
                            urls.add(url);
                        }
                    }
                }
            }
        }
        return urls;
    }
}
