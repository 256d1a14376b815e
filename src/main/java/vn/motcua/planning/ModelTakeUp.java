package vn.motcua.planning;

import java.time.LocalDate;
import java.util.OptionalDouble;

import org.springframework.stereotype.Service;

import vn.motcua.organization.Offices;
import vn.motcua.queue.QueueFigures;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * How many citizens came in the time a kind of model adds, where offices ran it: over every office's models of the
 * kind, the tickets taken in the model's session on its days as a share of all tickets of those days, since each model
 * began (up to the day before {@code before}). The simulator's default for visitors moving into added desk time.
 */
@Service
class ModelTakeUp {

    private final Offices offices;
    private final ServiceModels models;
    private final QueueFigures queue;

    ModelTakeUp(Offices offices, ServiceModels models, QueueFigures queue) {
        this.offices = offices;
        this.models = models;
        this.queue = queue;
    }

    OptionalDouble share(ServiceModelKind kind, LocalDate before) {
        long in = 0;
        long all = 0;
        for (var office : offices.all()) {
            for (ServiceModel m : models.of(office.code())) {
                if (m.kind() != kind || m.session() == null || !m.validFrom().isBefore(before)) {
                    continue;
                }
                LocalDate to = m.validUntil() == null || !m.validUntil().isBefore(before) ? before.minusDays(1) : m.validUntil();
                String code = office.code().value();
                in += queue.window(code, m.validFrom(), to, m.weekdays(), m.session().start(), m.session().end()).arrivals();
                all += queue.window(code, m.validFrom(), to, m.weekdays(), null, null).arrivals();
            }
        }
        return all == 0 ? OptionalDouble.empty() : OptionalDouble.of(in / (double) all);
    }
}
