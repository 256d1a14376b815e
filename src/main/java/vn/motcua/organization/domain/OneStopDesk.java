package vn.motcua.organization.domain;

import java.util.List;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A one-stop desk (Bộ phận Một cửa) of an agency, with its counters (quầy), and how citizens reach it: the address,
 * a phone and a hotline (digits, spaces, dots and a leading +).
 */
public record OneStopDesk(Long id, AgencyCode agency, String name, String address, String phone, String hotline,
        List<Counter> counters) {

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 .]{2,18}");

    public OneStopDesk {
        Objects.requireNonNull(agency, "agency");
        name = Counter.text(name, 200, "desk.name", true);
        address = Counter.text(address, 300, "desk.address", false);
        phone = number(phone, "desk.phone");
        hotline = number(hotline, "desk.hotline");
        counters = counters == null ? List.of() : List.copyOf(counters);
    }

    private static String number(String value, String code) {
        String text = Counter.text(value, 20, code, false);
        if (text != null && !PHONE.matcher(text).matches()) {
            throw new InvalidValueException(code + ".format", "A phone number is digits, spaces and dots: " + text);
        }
        return text;
    }

    /**
     * A map of the address (OpenStreetMap's search, which needs no key and no coordinates), or null without an
     * address.
     */
    public String mapLink() {
        return address == null ? null : "https://www.openstreetmap.org/search?query="
                + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The next free counter number at this desk. */
    public int nextCounterNumber() {
        return counters.stream().mapToInt(Counter::number).max().orElse(0) + 1;
    }

    public void checkNumberFree(int number) {
        if (counters.stream().anyMatch(c -> c.number() == number)) {
            throw new InvalidValueException("counter.number.taken", "Counter " + number + " already exists at this desk");
        }
    }
}
