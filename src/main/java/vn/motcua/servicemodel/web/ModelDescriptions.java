package vn.motcua.servicemodel.web;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.motcua.servicemodel.domain.ServiceModel;

/**
 * A model in plain words for citizens and staff: "Thứ Năm hằng tuần làm việc thêm đến 18:00", "Thứ Hai và Thứ Sáu
 * hằng tuần mở cửa từ 07:00", in the reader's language.
 */
@Component("modelDescriptions")
public class ModelDescriptions {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    ModelDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    public String of(ServiceModel m) {
        Locale locale = LocaleContextHolder.getLocale();
        String days = days(m.weekdays().stream().sorted().toList(), locale);
        String start = m.session() == null ? "" : m.session().start().format(HOUR);
        String end = m.session() == null ? "" : m.session().end().format(HOUR);
        String scope = m.fields().isEmpty() && m.procedures().isEmpty() ? messages.getMessage("model.scope.all", null, locale)
                : String.join(", ", concat(m.fields(), m.procedures()));
        String key = "model.describe." + m.kind() + (m.weekdays().isEmpty() ? ".everyDay" : "");
        return messages.getMessage(key, new Object[] {days, start, end, scope}, locale);
    }

    /** "Thứ Hai", "Thứ Hai và Thứ Sáu", "Thứ Hai, Thứ Tư và Thứ Sáu". */
    public String days(List<DayOfWeek> days, Locale locale) {
        List<String> names = days.stream().map(d -> messages.getMessage("weekday." + d.getValue(), null, locale)).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + messages.getMessage("list.and", null, locale)
                + names.getLast();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
