package vn.motcua.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;

/**
 * Dates bound from forms are read as officers type them, day first ({@link TypedDate}, which reads ISO too), and
 * shown back as {@code dd/MM/yyyy}: the screens use text fields, never the browser's date control, which follows the
 * browser's language. A date that cannot be read is a binding error shown next to its field.
 */
@Configuration(proxyBeanMethods = false)
class TypedDateFormatting implements WebMvcConfigurer {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                try {
                    return DateParameters.supported("date", TypedDate.parse(text));
                } catch (InvalidValueException | BadParameterException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return SHOWN.format(date);
            }
        });
    }
}
