package vn.motcua.documents;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.survey.SurveyTokens;

/**
 * The QR poster of a counter: an A4 page with the office's name, the counter, a large QR code of the counter's
 * survey and how to use it, in Vietnamese. For the office's administrators.
 */
@Service
public class Posters {

    /** What the poster shows. */
    public record CounterPoster(String officeName, String parentName, int counterNumber, String counterLabel, String qr,
            String url) {
    }

    private final Desks desks;
    private final Offices offices;
    private final SurveyTokens tokens;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    Posters(Desks desks, Offices offices, SurveyTokens tokens, ITemplateEngine templates, PdfRenderer pdf) {
        this.desks = desks;
        this.offices = offices;
        this.tokens = tokens;
        this.templates = templates;
        this.pdf = pdf;
    }

    public String html(long counterId, OfficeMember admin) {
        var counter = desks.counter(counterId).orElseThrow(() -> new NotFoundException("No counter " + counterId));
        Agency office = desks.agencyOf(counter).flatMap(offices::find)
                .orElseThrow(() -> new NotFoundException("No office of counter " + counterId));
        if (!admin.isAdmin() || !office.code().value().equals(admin.officeCode())) {
            throw new NotFoundException("No counter " + counterId + " at " + admin.officeCode());
        }
        String url = tokens.counterUrl(counterId);
        String parent = office.parent().flatMap(offices::find).map(Agency::name).orElse("");
        var context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("p", new CounterPoster(office.name(), parent, counter.number(),
                counter.label() == null ? "" : counter.label(), QrImages.dataUri(url), url));
        return templates.process("documents/poster", context);
    }

    public byte[] pdf(long counterId, OfficeMember admin) {
        return pdf.render(html(counterId, admin));
    }
}
