package vn.motcua.citizen.persistence;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Repository;

/**
 * The authorizations the demo's identity provider issued (codes, tokens) in PostgreSQL ({@code oauth2_authorization},
 * V36), so that a code given by one instance is redeemed at another.
 */
@Repository
@Profile("demo")
public class DemoProviderAuthorizations extends JdbcOAuth2AuthorizationService {

    DemoProviderAuthorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        super(jdbc, clients);
    }
}
