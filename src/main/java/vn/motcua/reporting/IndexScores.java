package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.portal.Feedbacks;
import vn.motcua.reporting.domain.DossierIndices;
import vn.motcua.reporting.persistence.FactQueries;
import vn.motcua.survey.SurveyResults;

/**
 * The Circular 01/2018 scores of an office for dossiers finished in a period: per dossier (indices 1, 2, 3, 4, 7),
 * per officer who received them (the average, read as completed, 70–100 % or below) and for the unit (the nine
 * indices out of 18 and its grade). Indices 5, 6 and 9 rest on thresholds the Circular leaves to the province,
 * kept as settings ({@code motcua.scores.*}) and shown with the formula.
 */
@Service
@Transactional(readOnly = true)
public class IndexScores {

    public record DossierScore(String code, String officer, String procedure, LocalDate finished, DossierIndices indices) {
    }

    public record OfficerScore(String officer, long dossiers, BigDecimal average, String band) {
    }

    /** One index of the unit: its number, score and how it was reached. */
    /**
     * One index of the unit's score and what it rests on, in the interface's words: message {@code index.basis.<basis>}
     * with the {@code figures}.
     */
    public record UnitIndex(int number, BigDecimal score, String basis, List<String> figures) {

        public UnitIndex {
            figures = List.copyOf(figures);
        }

        public Object[] arguments() {
            return figures.toArray();
        }
    }

    public record UnitScore(List<UnitIndex> indices, BigDecimal total, String grade) {
    }

    private final FactQueries facts;
    private final SurveyResults survey;
    private final Feedbacks feedbacks;
    private final double deskShareFull;
    private final double deskSharePartial;
    private final boolean postedAtDesk;
    private final double onlineShareFull;

    IndexScores(FactQueries facts, SurveyResults survey, Feedbacks feedbacks,
            @Value("${motcua.scores.desk-share-full:0.9}") double deskShareFull,
            @Value("${motcua.scores.desk-share-partial:0.7}") double deskSharePartial,
            @Value("${motcua.scores.procedures-posted-at-desk:true}") boolean postedAtDesk,
            @Value("${motcua.scores.online-share-full:0.5}") double onlineShareFull) {
        this.facts = facts;
        this.survey = survey;
        this.feedbacks = feedbacks;
        this.deskShareFull = deskShareFull;
        this.deskSharePartial = deskSharePartial;
        this.postedAtDesk = postedAtDesk;
        this.onlineShareFull = onlineShareFull;
    }

    public List<DossierScore> dossiers(AgencyCode office, LocalDate from, LocalDate to) {
        Map<String, Integer> agencies = survey.agenciesAnswers(office, from, to);
        var complaints = feedbacks.justifiedComplaints(office);
        return facts.scored(office, from, to).stream().map(d -> new DossierScore(d.code(), d.receivedBy(), d.procedure(),
                d.closedOn(), new DossierIndices(d.index1(), d.index2(), d.index3(), agencies.getOrDefault(d.code(), -1),
                        DossierIndices.attitude(TimelinessClass.valueOf(d.timeliness()), complaints.contains(d.code())))))
                .toList();
    }

    public List<OfficerScore> officers(List<DossierScore> dossiers) {
        Map<String, List<DossierScore>> byOfficer = new LinkedHashMap<>();
        dossiers.forEach(d -> byOfficer.computeIfAbsent(d.officer(), k -> new ArrayList<>()).add(d));
        return byOfficer.entrySet().stream().map(e -> {
            double average = e.getValue().stream().mapToInt(d -> d.indices().total()).average().orElse(0);
            return new OfficerScore(e.getKey(), e.getValue().size(), round(average, 1), DossierIndices.officerBand(average));
        }).sorted(java.util.Comparator.comparing(OfficerScore::average).reversed()).toList();
    }

    public UnitScore unit(AgencyCode office, LocalDate from, LocalDate to, List<DossierScore> dossiers) {
        var indices = new ArrayList<UnitIndex>();
        indices.add(average(1, dossiers, d -> d.index1(), "average1", String.valueOf(dossiers.size())));
        indices.add(average(2, dossiers, d -> d.index2(), "average"));
        indices.add(average(3, dossiers, d -> d.index3(), "average"));
        var answered = dossiers.stream().filter(d -> d.indices().index4() >= 0).toList();
        indices.add(answered.isEmpty() ? new UnitIndex(4, BigDecimal.ONE.setScale(1), "noEvaluation", List.of())
                : average(4, answered, d -> d.index4(), "evaluated", String.valueOf(answered.size())));
        var desk = facts.scoredShares(office, from, to);
        double deskShare = desk[1] == 0 ? 1 : (double) desk[0] / desk[1];
        indices.add(new UnitIndex(5, BigDecimal.valueOf(deskShare >= deskShareFull ? 2 : deskShare >= deskSharePartial ? 1 : 0)
                .setScale(1), "atUnit", List.of(percent(deskShare), percent(deskShareFull), percent(deskSharePartial))));
        indices.add(new UnitIndex(6, BigDecimal.valueOf(postedAtDesk ? 2 : 1).setScale(1),
                postedAtDesk ? "postedAndOnline" : "onlineOnly", List.of()));
        var handling = feedbacks.handling(office, from, to);
        long handled = handling.onTime() + handling.late() + handling.overdue();
        double feedbackShare = handled == 0 ? 1 : (double) handling.onTime() / handled;
        indices.add(new UnitIndex(8, BigDecimal.valueOf(feedbackShare >= 1 ? 2 : feedbackShare >= 0.9 ? 1 : 0).setScale(1),
                "feedback", List.of(String.valueOf(handling.onTime()), String.valueOf(handled))));
        double onlineShare = desk[1] == 0 ? 0 : (double) desk[2] / desk[1];
        indices.add(new UnitIndex(9, BigDecimal.valueOf(desk[3] > 0 ? 0 : onlineShare >= onlineShareFull ? 2 : 1).setScale(1),
                "online", List.of(percent(onlineShare), String.valueOf(desk[3]), percent(onlineShareFull))));
        indices.add(6, average(7, dossiers, d -> d.index7(), "average7"));
        BigDecimal total = indices.stream().map(UnitIndex::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UnitScore(indices, total, DossierIndices.unitGrade(total.doubleValue()));
    }

    private static UnitIndex average(int number, List<DossierScore> dossiers,
            java.util.function.ToIntFunction<DossierIndices> index, String basis, String... figures) {
        double value = dossiers.stream().mapToInt(d -> index.applyAsInt(d.indices())).average().orElse(0);
        var arguments = new ArrayList<String>(List.of(String.valueOf(number)));
        arguments.addAll(List.of(figures));
        return new UnitIndex(number, round(value, 1), basis, arguments);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
