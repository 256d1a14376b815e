package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rules of the code's text: types of MotCua are imported, never written out fully qualified in a class's code; one
 * JSON mapper, Spring's configured one, is injected wherever JSON is read or written (a Flyway migration, which
 * Spring does not create, keeps its own).
 */
class SourceRulesTest {

    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.\"])vn\\.motcua\\.(?:[a-z]\\w*\\.)+[A-Z]");

    @Test
    void no_motcua_type_is_written_fully_qualified_in_code() throws IOException {
        var found = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src/main/java/vn/motcua"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean code = !(line.startsWith("package ") || line.startsWith("import ") || line.startsWith("*")
                            || line.startsWith("/*") || line.startsWith("//"));
                    if (code && QUALIFIED.matcher(line).find()) {
                        found.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(found).as("import the type instead").isEmpty();
    }

    @Test
    void json_is_read_and_written_by_the_one_configured_mapper() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
        noClasses().should().callMethod(JsonMapper.class, "builder")
                .orShould().callConstructor(tools.jackson.databind.ObjectMapper.class)
                .because("Spring's JsonMapper carries the application's modules and settings (decision 0010)")
                .check(classes);
    }
}
