package vn.motcua.catalogue.domain;

import java.util.List;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A fee or charge. {@code amountVnd} is {@code null} when the amount depends on the case and only
 * {@code description} says how it is computed; zero means free of charge. {@code reductions} are the exemptions and
 * reductions the procedure lists, each for a group of people, one per group.
 */
public record Fee(String name, Long amountVnd, String description, List<FeeReduction> reductions) {

    /** No fee is above this (one billion đồng): a larger figure is a typing mistake. */
    public static final long MAX_AMOUNT = 1_000_000_000L;

    public Fee {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("fee.name", "A fee needs a name");
        }
        if (amountVnd != null && amountVnd < 0) {
            throw new InvalidValueException("fee.amount", "A fee cannot be negative");
        }
        if (amountVnd != null && amountVnd > MAX_AMOUNT) {
            throw new InvalidValueException("fee.amount", "A fee is at most one billion đồng");
        }
        name = name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        reductions = reductions == null ? List.of() : List.copyOf(reductions);
        if (reductions.size() > FeeReduction.MAX_PER_FEE) {
            throw new InvalidValueException("fee.reduction.tooMany", "A fee lists at most 20 exemptions and reductions");
        }
        if (reductions.stream().map(FeeReduction::group).distinct().count() != reductions.size()) {
            throw new InvalidValueException("fee.reduction.twice", "Each group is listed once");
        }
    }

    public Fee(String name, Long amountVnd, String description) {
        this(name, amountVnd, description, List.of());
    }

    /** The listed exemption or reduction for the group, if any. */
    public java.util.Optional<FeeReduction> reductionFor(String group) {
        return reductions.stream().filter(r -> r.group().equals(group)).findFirst();
    }

    /** The reductions as one table cell: {@code Hộ nghèo:100;Người cao tuổi:50}. */
    public String reductionsCell() {
        return String.join(";", reductions.stream().map(FeeReduction::cell).toList());
    }
}
