package vn.motcua.demo.history;

import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.survey.domain.Answers;
import vn.motcua.survey.domain.Criterion;

/** Invented citizens for a history: Vietnamese names, valid-looking ID numbers, phones, and their evaluations. */
final class People {

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Thu", "Quang", "Kim");
    static final List<String> GIVEN = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương",
            "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn",
            "Vân", "Yến");
    static final List<String> COMMENTS = List.of("Cán bộ hướng dẫn tận tình, dễ hiểu.", "Trả kết quả sớm hơn hẹn, cảm ơn.",
            "Phải chờ hơi lâu vào buổi sáng.", "Thủ tục nhanh gọn.", "Nên có thêm chỗ ngồi chờ.");

    private final Random random;

    People(Random random) {
        this.random = random;
    }

    Applicant applicant() {
        String name = pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
        int year = 1950 + random.nextInt(56);
        int century = year >= 2000 ? 2 : 0;
        String id = "%03d%d%02d%06d".formatted(1 + random.nextInt(96), century + random.nextInt(2), year % 100, random.nextInt(1_000_000));
        String phone = "09" + "%08d".formatted(random.nextInt(100_000_000));
        return new Applicant(Applicant.Kind.INDIVIDUAL, name, PersonalIdNumber.of(id), null,
                "Tổ " + (1 + random.nextInt(40)) + ", khu " + (1 + random.nextInt(9)), phone, null);
    }

    /** A citizen's answers: mostly satisfied, less so when the dossier was late or refused. */
    Answers evaluation(Random r, Lifecycle.Outcome outcome) {
        boolean bad = outcome == Lifecycle.Outcome.LATE || outcome == Lifecycle.Outcome.REFUSED;
        int roll = r.nextInt(100);
        String overall = bad ? (roll < 40 ? "UNSATISFIED" : roll < 75 ? "NEUTRAL" : "SATISFIED")
                : roll < 2 ? "UNSATISFIED" : roll < 8 ? "NEUTRAL" : "SATISFIED";
        var chosen = Map.of(Criterion.OVERALL, overall,
                Criterion.RETURN_TIME, outcome == Lifecycle.Outcome.LATE ? "LATER" : r.nextBoolean() ? "EARLIER" : "ON_TIME",
                Criterion.ATTITUDE, "UNSATISFIED".equals(overall) ? "FAIR" : "GOOD",
                Criterion.AGENCIES, "DESK_ONLY", Criterion.CONTACTS, "NONE");
        return new Answers(chosen, r.nextInt(8) == 0 ? pick(COMMENTS) : null);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
