package vn.motcua.dossier.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.dossier.LateRisks;
import vn.motcua.dossier.WorkListQuery;
import vn.motcua.dossier.WorkListTab;
import vn.motcua.dossier.WorkLists;
import vn.motcua.dossier.domain.WorkListSearch;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * "Hồ sơ của tôi": the member's work list with one search box, filters, a tab per status with its count, and pages.
 * The address holds the whole query, so a list can be bookmarked, shared and opened from the home page's counts.
 */
@Controller
class WorkListController {

    /** The tabs and due filters as the addresses spell them. */
    static final Map<WorkListTab, String> TABS = Map.of(WorkListTab.MINE, "cho-toi", WorkListTab.RECEIVED, "moi-nhan",
            WorkListTab.PROCESSING, "dang-xu-ly", WorkListTab.SUPPLEMENT_REQUESTED, "cho-bo-sung",
            WorkListTab.AWAITING_APPROVAL, "cho-ky", WorkListTab.APPROVED, "da-ky", WorkListTab.RESULT_READY, "co-ket-qua",
            WorkListTab.CLOSED, "da-xong", WorkListTab.ALL, "tat-ca");
    static final Map<WorkListQuery.Due, String> DUES = Map.of(WorkListQuery.Due.ANY, "", WorkListQuery.Due.OVERDUE,
            "qua-han", WorkListQuery.Due.DUE_SOON, "sap-den-han");

    private final WorkLists workLists;
    private final Catalogue catalogue;
    private final LateRisks risks;

    WorkListController(WorkLists workLists, Catalogue catalogue, LateRisks risks) {
        this.risks = risks;
        this.workLists = workLists;
        this.catalogue = catalogue;
    }

    @GetMapping("/ho-so")
    String list(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String tab, @RequestParam(name = "thu-tuc", required = false) String procedure,
            @RequestParam(name = "linh-vuc", required = false) String field,
            @RequestParam(name = "han", required = false) String due, @RequestParam(name = "trang", required = false) String page,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("tabSlugs", TABS);
        model.addAttribute("dueSlugs", DUES);
        model.addAttribute("tabs", WorkListTab.values());
        model.addAttribute("procedures", catalogue.search(new CatalogueQuery(null, null, AgencyCode.of(me.officeCode()), 0,
                CatalogueQuery.MAX_SIZE)).items());
        model.addAttribute("fields", catalogue.fields());
        WorkListSearch search;
        try {
            search = WorkListSearch.parse(q);
        } catch (InvalidValueException e) {
            // the list is not shown for a search that cannot be read; the box says why, in the officer's language
            model.addAttribute("searchError", e.code());
            search = WorkListSearch.NONE;
        }
        WorkListQuery query = new WorkListQuery(search, slug(TABS, tab).orElse(WorkListTab.MINE), cut(procedure, 40),
                cut(field, 200), slug(DUES, due).orElse(WorkListQuery.Due.ANY), pageNumber(page));
        var list = workLists.list(me, query);
        model.addAttribute("list", list);
        model.addAttribute("risks", risks.atRisk(AgencyCode.of(me.officeCode()), list.rows().stream().map(r -> r.dossier()).toList()));
        model.addAttribute("links", new WorkListAddress(q, query));
        return "dossier/queue";
    }

    private static <T> Optional<T> slug(Map<T, String> slugs, String value) {
        return value == null ? Optional.empty()
                : slugs.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst();
    }

    /** A hand-edited address never fails the page: an unreadable page number is the first page, a far one the last. */
    private static int pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(WorkListQuery.MAX_PAGE, Integer.parseInt(page)));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
