package vn.motcua.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The fuzz tier: the whole application with the demo data on an embedded PostgreSQL of its own, always (hostile
 * values that pass as valid are stored, so they must not reach the database the other tests share), on a random
 * port, driven over real HTTP. The seed is {@code motcua.fuzz.seed} (printed by each test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {"spring.datasource.url=", "motcua.fuzz.context=own-database"})
@Tag("fuzz")
public @interface FuzzTest {
}
