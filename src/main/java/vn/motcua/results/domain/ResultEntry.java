package vn.motcua.results.domain;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * What the officer records of one result document, checked when made: the kind is one of the procedure version's
 * results, the paper's own number and its signing date (not before the dossier was received, not in the future), the
 * signer and their position, and how it goes back.
 */
public record ResultEntry(String kind, String number, LocalDate signedOn, String signer, String position, Delivery delivery) {

    public static final int MAX_NUMBER = 50;
    public static final int MAX_NAME = 200;

    public ResultEntry {
        kind = text(kind, 500, "result.kind");
        number = text(number, MAX_NUMBER, "result.number");
        if (signedOn == null) {
            throw new InvalidValueException("result.signedOn.required", "Give the date the result was signed");
        }
        signer = text(signer, MAX_NAME, "result.signer");
        position = text(position, MAX_NAME, "result.position");
        if (delivery == null) {
            throw new InvalidValueException("result.delivery.required", "Say how the result goes back");
        }
    }

    /** Refused unless the kind is one the procedure issues and the date lies between the receipt and today. */
    public void check(List<String> kinds, LocalDate received, LocalDate today) {
        if (!kinds.isEmpty() && !kinds.contains(kind)) {
            throw new InvalidValueException("result.kind.unknown", "The procedure issues no result called " + kind);
        }
        if (signedOn.isBefore(received) || signedOn.isAfter(today)) {
            throw new InvalidValueException("result.signedOn.range", "A result is signed between the receipt and today");
        }
    }

    private static String text(String value, int max, String code) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            throw new InvalidValueException(code + ".required", "Required: " + code);
        }
        if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(code + ".tooLong", code + " has at most " + max + " plain characters");
        }
        return v;
    }
}
