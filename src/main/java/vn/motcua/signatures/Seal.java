package vn.motcua.signatures;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** An office's signing key and its certificate chain (the office's certificate first). */
record Seal(PrivateKey key, List<X509Certificate> chain) {

    Seal {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A seal needs its certificate");
        }
    }

    X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The common name of the certificate's subject: who signs. */
    String signer() {
        return commonName(certificate());
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole name
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
