package vn.motcua.organization.domain;

import java.util.List;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/** A one-stop desk (Bộ phận Một cửa) of an agency, with its counters (quầy). */
public record OneStopDesk(Long id, AgencyCode agency, String name, String address, List<Counter> counters) {

    public OneStopDesk {
        Objects.requireNonNull(agency, "agency");
        name = Counter.text(name, 200, "desk.name", true);
        address = Counter.text(address, 300, "desk.address", false);
        counters = counters == null ? List.of() : List.copyOf(counters);
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
