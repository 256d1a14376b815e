package vn.motcua.queue;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DossierAccepted;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.TicketDecision;
import vn.motcua.queue.persistence.TicketRows;

/**
 * A dossier accepted at the counter belongs to the ticket its officer called and has not finished: the ticket is
 * being served from then and names the dossier, so the waiting and the service time are known per dossier without
 * the officer typing its code. In the acceptance's transaction; a counter without a ticket changes nothing.
 */
@Component
class TicketLinks {

    private final TicketRows rows;

    TicketLinks(TicketRows rows) {
        this.rows = rows;
    }

    @EventListener
    void on(DossierAccepted accepted) {
        if (!"COUNTER".equals(accepted.channel()) || accepted.by() == null || accepted.at() == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(accepted.at(), WorkingCalendars.ZONE);
        rows.calledBy(accepted.office(), day, accepted.by()).ifPresent(ticket -> {
            if (ticket.received(accepted.dossierCode(), accepted.at()) instanceof TicketDecision.Made made) {
                Ticket serving = made.ticket();
                rows.update(serving);
                rows.link(serving.id(), accepted.dossierCode(), accepted.at(), accepted.by());
                rows.boardChanged(serving.office());
            }
        });
    }
}
