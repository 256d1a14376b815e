package vn.motcua.signatures;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The demo's timestamp authority (demo profile, {@code POST /demo-tsa}): answers RFC 3161 requests over HTTP
 * ({@code application/timestamp-query} → {@code application/timestamp-reply}) with tokens signed by the demo TSA's
 * certificate, issued by the demo CA, at the time of MotCua's clock; accepts SHA-256 imprints only.
 */
@Hidden
@RestController
@Profile("demo")
class DemoTimestampAuthority {

    static final String PATH = "/demo-tsa";
    /** The demo's timestamping policy (an arc under the example enterprise number; not a real policy). */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.32473.21.1");

    private final Seals seals;
    private final Clock clock;
    private final AtomicLong serial = new AtomicLong(System.nanoTime());

    DemoTimestampAuthority(Seals seals, Clock clock) {
        this.seals = seals;
        this.clock = clock;
    }

    /**
     * The authority's key read (or made) once at start: a token is then made without the database, so a signer that
     * holds a connection while it waits for its token never waits on the pool for the authority's sake.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        seals.demoTimestampUnit();
    }

    @PostMapping(path = PATH, consumes = "application/timestamp-query", produces = "application/timestamp-reply")
    ResponseEntity<byte[]> stamp(@RequestBody byte[] body) throws IOException {
        var unit = seals.demoTimestampUnit().orElseThrow();
        try {
            var request = new TimeStampRequest(body);
            var signer = new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", unit.key(), unit.certificate());
            var tokens = new TimeStampTokenGenerator(signer,
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    POLICY);
            tokens.addCertificates(new JcaCertStore(unit.chain()));
            var generator = new TimeStampResponseGenerator(tokens, java.util.Set.of(TSPAlgorithms.SHA256));
            var response = generator.generate(request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()));
            return ResponseEntity.ok(response.getEncoded());
        } catch (TSPException | OperatorCreationException | GeneralSecurityException | IOException e) {
            return ResponseEntity.badRequest().body(new byte[0]);
        }
    }

    /** Servers call it: no session, no CSRF token. */
    @Configuration(proxyBeanMethods = false)
    @Profile("demo")
    static class Security {
        @Bean
        @Order(2)
        SecurityFilterChain demoTimestampChain(HttpSecurity http) throws Exception {
            http.securityMatcher(PATH).authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return http.build();
        }
    }
}
