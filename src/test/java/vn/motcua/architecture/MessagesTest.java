package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message exists in Vietnamese (the default file) and in English, and none is blank. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }

    @Test
    void no_message_is_blank() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(file + ": " + key).isNotBlank());
        }
    }

    @Test
    void the_default_file_is_vietnamese() throws IOException {
        assertThat(load("messages.properties").getProperty("login.submit")).isEqualTo("Đăng nhập");
    }
}
