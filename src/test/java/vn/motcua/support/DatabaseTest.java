package vn.motcua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A module or web test against real PostgreSQL: the embedded one by default, or the server named
 * by {@code SPRING_DATASOURCE_URL} (CI runs this tier a second time against Debian's PostgreSQL
 * with {@code -Dgroups=integration}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationTest
@Tag("integration")
public @interface DatabaseTest {
}
