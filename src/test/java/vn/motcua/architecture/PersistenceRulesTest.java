package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * SQL lives only in each module's persistence classes: nothing outside a {@code ..persistence..} package talks to the
 * database (JDBC, Spring's JDBC templates, a data source), apart from the Flyway migrations and the platform's
 * database set-up (the embedded server, COPY). Persistence classes are Spring repositories.
 */
@AnalyzeClasses(packages = {"vn.motcua", "db.migration"}, importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceRulesTest {

    @ArchTest
    static final ArchRule only_persistence_classes_run_sql = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "db.migration..", "vn.motcua.platform.database..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..",
                    "org.postgresql..")
            .because("SQL lives only in each module's persistence classes (issue 18, item 5)");

    @ArchTest
    static final ArchRule persistence_classes_are_repositories = classes()
            .that().resideInAPackage("vn.motcua..persistence..").and().areTopLevelClasses()
            .should().beAnnotatedWith(org.springframework.stereotype.Repository.class)
            .because("a persistence class is a Spring repository: data access exceptions are translated");
}
