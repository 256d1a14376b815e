package vn.motcua.signatures;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.signatures.persistence.DemoRevocationRows;

/**
 * The demo CA's certificate revocation list (demo profile, {@code GET /demo-ca/crl}, DER, {@code application/pkix-crl}),
 * signed by the demo CA, valid for a day, listing the certificates it revoked; the address every demo certificate
 * names in its CRL distribution point.
 */
@Hidden
@RestController
@Profile("demo")
class DemoRevocations {

    static final String PATH = "/demo-ca/crl";

    private final Seals seals;
    private final DemoRevocationRows rows;
    private final Clock clock;

    DemoRevocations(Seals seals, DemoRevocationRows rows, Clock clock) {
        this.seals = seals;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping(path = PATH, produces = "application/pkix-crl")
    ResponseEntity<byte[]> crl() throws Exception {
        var ca = seals.demoAuthority().orElseThrow();
        var issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        var now = clock.instant();
        var builder = new X509v2CRLBuilder(issuer, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
        for (var revoked : rows.all()) {
            builder.addCRLEntry(revoked.serial(), Date.from(revoked.at()), CRLReason.keyCompromise);
        }
        return ResponseEntity.ok(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.key())).getEncoded());
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("demo")
    static class Open {
        @Bean
        PublicEndpoints demoCrl() {
            return () -> List.of(PATH);
        }
    }
}
