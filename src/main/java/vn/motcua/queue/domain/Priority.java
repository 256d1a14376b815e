package vn.motcua.queue.domain;

/**
 * Who is served first within a field (Decree 107/2021: a counter or priority for the elderly, pregnant women and
 * people with disabilities; people with small children as offices add them). Chosen at the kiosk or by the officer;
 * which groups an office serves first is its setting. Labels: messages {@code queue.priority.<name>}.
 */
public enum Priority { ELDERLY, DISABILITY, PREGNANT, SMALL_CHILD }
