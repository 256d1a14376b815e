package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: no Spring, JDBC, servlet or web types inside {@code ..domain..} packages. */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domain_classes_use_no_framework_types = noClasses()
            .that().resideInAPackage("..domain..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..",
                    "org.thymeleaf..", "tools.jackson..", "com.fasterxml..", "org.postgresql..", "org.flywaydb..")
            .because("the domain must stay plain Java (DEVELOPERS.md, architecture rule 2)");

    @ArchTest
    static final ArchRule domain_classes_do_not_read_the_system_clock = noClasses()
            .that().resideInAPackage("..domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from an injected Clock (DEVELOPERS.md, architecture rule 3)");
}
