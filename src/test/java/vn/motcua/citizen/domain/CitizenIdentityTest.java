package vn.motcua.citizen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.platform.domain.InvalidValueException;

/** The identity a provider asserts is taken only when its claims agree with each other. */
class CitizenIdentityTest {

    @ParameterizedTest(name = "{0} born {2}: accepted {3}")
    @CsvSource({
            "001090012345, Nguyễn Văn An, 1990-05-12, true",
            "001185004321, Trần Thị Bình, 1985-11-03, true",
            "001301006655, Phạm Thị Dung, 2001-08-30, true",
            "001090012345, Nguyễn Văn An, 1991-05-12, false",
            "001301006655, Phạm Thị Dung, 1901-08-30, false",
            "001090012345, Nguyễn Văn An, , true",
    })
    void the_date_of_birth_must_agree_with_the_year_the_id_number_encodes(String id, String name, LocalDate born,
            boolean accepted) {
        if (accepted) {
            assertThat(new CitizenIdentity(PersonalIdNumber.of(id), name, born).fullName()).isEqualTo(name);
        } else {
            assertThatThrownBy(() -> new CitizenIdentity(PersonalIdNumber.of(id), name, born))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "'Nguyễn\u0000An'"}, quoteCharacter = '\'')
    void a_provider_that_gives_no_usable_name_is_refused(String name) {
        assertThatThrownBy(() -> new CitizenIdentity(PersonalIdNumber.of("001090012345"), name, null))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"Nguyễn Văn An, Nguyễn V. A.", "  Trần   Thị  Bình , Trần T. B.", "Lê, Lê"})
    void the_short_name_greets_without_identifying(String full, String shortName) {
        var identity = new CitizenIdentity(PersonalIdNumber.of("001090012345"), full, null);
        assertThat(identity.shortName()).isEqualTo(shortName);
    }
}
