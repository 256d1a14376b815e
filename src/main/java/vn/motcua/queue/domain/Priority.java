package vn.motcua.queue.domain;

import java.util.List;

/**
 * Who is served first within a field (Decree 107/2021: a counter or priority for the elderly, pregnant women and
 * people with disabilities; people with small children as offices add them). Chosen at the kiosk or by the officer;
 * which groups an office serves first is its setting. {@link #BOOKED} is a booking turned into a ticket: served first
 * from its booked time only (before it, it waits as any other). Labels: messages {@code queue.priority.<name>}.
 */
public enum Priority {
    ELDERLY, DISABILITY, PREGNANT, SMALL_CHILD, BOOKED;

    /** The groups a citizen or an officer chooses (a booking is not chosen: it comes with its code). */
    public static final List<Priority> CHOSEN = List.of(ELDERLY, DISABILITY, PREGNANT, SMALL_CHILD);
}
