package vn.motcua.citizen.persistence;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo provider's signing key ({@code demo_provider_key}, V36): made once by the first instance, read by all. */
@Repository
@Profile("demo")
public class DemoProviderKeyRows {

    private static final String KEY_ID = "motcua-demo-1";

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoProviderKeyRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key set with the one signing key, made now if no instance made it before. */
    public JWKSet keys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var base64 = Base64.getEncoder();
            jdbc.sql("insert into demo_provider_key (key_id, private_key, public_key, created_at) values (?, ?, ?, ?) "
                            + "on conflict (key_id) do nothing")
                    .params(KEY_ID, base64.encodeToString(pair.getPrivate().getEncoded()),
                            base64.encodeToString(pair.getPublic().getEncoded()), Timestamp.from(clock.instant()))
                    .update();
            var stored = jdbc.sql("select private_key, public_key from demo_provider_key where key_id = ?").param(KEY_ID)
                    .query((rows, n) -> new String[] {rows.getString(1), rows.getString(2)}).single();
            var factory = KeyFactory.getInstance("RSA");
            var decoder = Base64.getDecoder();
            var privateKey = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(decoder.decode(stored[0])));
            var publicKey = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(decoder.decode(stored[1])));
            return new JWKSet(new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(KEY_ID).build());
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("The demo provider's key could not be made or read", e);
        }
    }
}
