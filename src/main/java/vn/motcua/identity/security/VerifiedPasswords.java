package vn.motcua.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched its stored hash, so that an API client sending
 * HTTP Basic on every request pays for one BCrypt check, not one per request (BCrypt takes ~80 ms by
 * design; see docs/decisions/0004). Only successful matches are remembered, keyed by a SHA-256 of the
 * stored hash and the password: a changed password (new hash) or a wrong one is never answered from memory.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate, Clock clock, Duration ttl, int capacity) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= capacity) {
                verified.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
                if (verified.size() >= capacity) {
                    verified.clear();
                }
            }
            verified.put(key, now.plus(ttl));
        } else {
            verified.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String key(CharSequence raw, String encoded) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(encoded.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
