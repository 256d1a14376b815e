package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.dossier.PaperDigitisation;
import vn.motcua.fees.FeeFigures;
import vn.motcua.results.ResultRegister;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.ScoreGroup;
import vn.motcua.reporting.domain.ScoreGroup.Group;
import vn.motcua.survey.SurveyResults;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.reporting.persistence.ReportCounts;

/**
 * A scorecard in the manner of the national index (Decision 766/QĐ-TTg, metrics.md §4): six groups out of 100.
 * The points of each group are settings ({@code motcua.scorecard.*}), since the weights inside the groups are not
 * published; each group shows the formula and the figures it used. Groups MotCua holds no data for are shown
 * unscored, and the total is given over the points that could be measured.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    /** The groups and the total over the measured points. */
    /**
     * @param results the dossiers with a result recorded in the period, and those of them returned electronically
     *        (indicator 4.1), shown beside the digitisation group
     */
    public record Scorecard(List<ScoreGroup> groups, BigDecimal total, int measuredPoints, ResultRegister.Figures results) {
    }

    /** The portal scores digitisation in full from 80 % (indicators 4.2 and 4.3 of the formula document). */
    static final int DIGITISATION_FULL_AT = 80;

    private final ReportCounts counts;
    private final SurveyResults survey;
    private final FeeFigures fees;
    private final ResultRegister results;
    private final PaperDigitisation digitisations;
    private final Catalogue catalogue;
    private final int publicity;
    private final int progress;
    private final int online;
    private final int payment;
    private final int satisfaction;
    private final int digitisation;

    Scorecards(ReportCounts counts, SurveyResults survey, Catalogue catalogue, FeeFigures fees, PaperDigitisation digitisations,
            ResultRegister results,
            @Value("${motcua.scorecard.publicity:18}") int publicity, @Value("${motcua.scorecard.progress:20}") int progress,
            @Value("${motcua.scorecard.online:12}") int online, @Value("${motcua.scorecard.payment:10}") int payment,
            @Value("${motcua.scorecard.satisfaction:18}") int satisfaction,
            @Value("${motcua.scorecard.digitisation:22}") int digitisation) {
        this.counts = counts;
        this.survey = survey;
        this.fees = fees;
        this.results = results;
        this.digitisations = digitisations;
        this.catalogue = catalogue;
        this.publicity = publicity;
        this.progress = progress;
        this.online = online;
        this.payment = payment;
        this.satisfaction = satisfaction;
        this.digitisation = digitisation;
    }

    public Scorecard of(ReportScopes.Scope scope, LocalDate from, LocalDate to) {
        var offices = scope.counted();
        DayCounts all = counts.total(offices, Dimension.ALL, "", from, to);
        var procedures = counts.byKey(offices, Dimension.PROCEDURE, from, to).keySet();
        long published = procedures.stream().filter(this::published).count();
        long onlineReceived = counts.total(offices, Dimension.CHANNEL, "ONLINE", from, to).received();
        var answers = survey.total(scope.offices(), from, to);
        List<String> codes = offices.stream().map(AgencyCode::value).toList();
        var paid = fees.period(codes, from, to);
        var groups = List.of(
                ScoreGroup.share(Group.PUBLICITY, publicity, published, procedures.size()),
                ScoreGroup.share(Group.PROGRESS, progress, all.early() + all.onTime(), all.early() + all.onTime() + all.late()),
                ScoreGroup.share(Group.ONLINE, online, onlineReceived, all.received()),
                ScoreGroup.share(Group.PAYMENT, payment, paid.paidOnline(), paid.feeBearing()),
                ScoreGroup.share(Group.SATISFACTION, satisfaction, answers.count() - answers.unsatisfied(), answers.count()),
                ScoreGroup.fullFrom(Group.DIGITISATION, digitisation, digitisations.allDigitised(codes, from, to), all.received(),
                        DIGITISATION_FULL_AT));
        BigDecimal total = groups.stream().flatMap(g -> g.score().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
        int measured = groups.stream().filter(g -> g.score().isPresent()).mapToInt(ScoreGroup::points).sum();
        return new Scorecard(groups, total, measured, results.figures(codes, from, to));
    }

    private boolean published(String code) {
        try {
            return catalogue.find(ProcedureCode.of(code)).isPresent();
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
