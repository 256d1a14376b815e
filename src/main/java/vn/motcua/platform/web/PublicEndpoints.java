package vn.motcua.platform.web;

import java.util.List;

/**
 * Paths a module serves without sign-in (the citizen portal, public APIs). Each module declares its
 * own as a bean; the security configuration opens exactly these and keeps everything else closed.
 */
@FunctionalInterface
public interface PublicEndpoints {

    /** Ant-style path patterns, e.g. {@code /tra-cuu/**}. */
    List<String> patterns();
}
