package vn.motcua.dossier.web;

import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.dossier.WorkListQuery;
import vn.motcua.dossier.WorkListTab;

/** The addresses a work list links to: the same search and filters on another tab or page. */
public record WorkListAddress(String q, WorkListQuery query) {

    public String tab(WorkListTab tab) {
        return build(tab, query.due(), 1);
    }

    public String page(int page) {
        return build(query.tab(), query.due(), page);
    }

    private String build(WorkListTab tab, WorkListQuery.Due due, int page) {
        var uri = UriComponentsBuilder.fromPath("/ho-so");
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q.strip());
        }
        if (tab != WorkListTab.MINE) {
            uri.queryParam("tab", WorkListController.TABS.get(tab));
        }
        if (query.procedure() != null) {
            uri.queryParam("thu-tuc", query.procedure());
        }
        if (query.field() != null) {
            uri.queryParam("linh-vuc", query.field());
        }
        if (due != WorkListQuery.Due.ANY) {
            uri.queryParam("han", WorkListController.DUES.get(due));
        }
        if (page > 1) {
            uri.queryParam("trang", page);
        }
        return uri.encode().build().toUriString();
    }
}
