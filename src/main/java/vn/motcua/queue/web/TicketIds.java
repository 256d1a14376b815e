package vn.motcua.queue.web;

import java.util.UUID;

import vn.motcua.platform.web.NotFoundException;

/** A ticket's id as an address names it: anything but a UUID is a ticket that does not exist (404). */
final class TicketIds {

    private TicketIds() {
    }

    static UUID of(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No ticket " + id);
        }
    }
}
