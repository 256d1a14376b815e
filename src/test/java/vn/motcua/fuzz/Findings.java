package vn.motcua.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the fuzz tier found: answers of 5xx, stack traces or SQL in an answer, and refused requests that changed what
 * is stored. Each finding names the request, so that it can be repeated by hand.
 */
final class Findings {

    /** Traces of Java, Spring or PostgreSQL that an answer must never show. */
    static final Pattern LEAK = Pattern.compile("(\\bat (java|javax|jakarta|org|com|vn|tools)\\.[\\w$.]+\\("
            + "|Exception\\b|Caused by:|PSQLException|org\\.postgresql|SQLState|ERROR: |syntax error at or near"
            + "|violates (foreign key|unique|check|not-null) constraint|Whitelabel Error Page)");

    private final List<String> found = new ArrayList<>();
    private final java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private int requests;

    /** Judges one answer; {@code storedChanges} lists the tables a refused request changed (empty when none). */
    void judge(String request, FuzzClient.Answer answer, List<String> storedChanges) {
        requests++;
        if (statuses.merge(answer.status(), 1, Integer::sum) <= 3 && answer.status() >= 400) {
            System.out.println("  fuzz sample " + answer.status() + ": " + request.substring(0, Math.min(request.length(), 200)));
        }
        if (answer.status() >= 500) {
            add(request, "answered " + answer.status() + ": " + excerpt(answer.body()));
        }
        var leak = LEAK.matcher(answer.body());
        if (leak.find()) {
            add(request, "shows '" + leak.group() + "': " + excerpt(answer.body().substring(Math.max(0, leak.start() - 200))));
        }
        if (answer.status() >= 400 && !storedChanges.isEmpty()) {
            add(request, "was refused (" + answer.status() + ") but changed " + storedChanges);
        }
    }

    private void add(String request, String what) {
        if (found.size() < 200) {
            found.add(request + " " + what);
        }
    }

    List<String> list() {
        return found;
    }

    int requests() {
        return requests;
    }

    /** How many answers of each status: a fuzz run whose requests are all refused by CSRF or sign-in tries nothing. */
    java.util.Map<Integer, Integer> statuses() {
        return statuses;
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
