package vn.motcua.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.catalogue.domain.Procedure;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;

/** The public catalogue (niêm yết công khai): search, a procedure's page and its print view. No sign-in. */
@Controller
class CatalogueController {

    static final int PAGE_SIZE = 20;

    private final Catalogue catalogue;
    private final Offices offices;

    CatalogueController(Catalogue catalogue, Offices offices) {
        this.catalogue = catalogue;
        this.offices = offices;
    }

    @GetMapping("/thu-tuc")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String office, @RequestParam(required = false) Integer page, Model model) {
        AgencyCode officeCode = null;
        try {
            officeCode = office == null || office.isBlank() ? null : AgencyCode.of(office);
        } catch (InvalidValueException e) {
            model.addAttribute("officeError", true);
        }
        String text = q == null ? "" : q.length() > CatalogueParameters.MAX_QUERY_LENGTH
                ? q.substring(0, CatalogueParameters.MAX_QUERY_LENGTH) : q;
        var query = new CatalogueQuery(text, field, officeCode, page == null ? 0 : page, PAGE_SIZE);
        model.addAttribute("q", text);
        model.addAttribute("field", query.field());
        model.addAttribute("office", officeCode == null ? "" : officeCode.value());
        model.addAttribute("fields", catalogue.fields());
        model.addAttribute("offices", offices.all());
        var result = catalogue.search(query);
        model.addAttribute("result", result);
        // how the words were read, when a phrase was understood as another ("giấy khai sinh" → "khai sinh")
        String understood = catalogue.understood(query).text();
        model.addAttribute("understood", understood.equals(query.text()) ? null : understood);
        model.addAttribute("suggestions", result.total() == 0 && !query.text().isEmpty() ? catalogue.suggestions(query, 5) : List.of());
        model.addAttribute("popular", query.text().isEmpty() || result.total() == 0 ? catalogue.mostRequested(8) : List.of());
        return "catalogue/search";
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        fill(code, model);
        return "catalogue/procedure";
    }

    @GetMapping("/thu-tuc/{code}/in")
    String print(@PathVariable String code, Model model) {
        fill(code, model);
        return "catalogue/print";
    }

    private void fill(String code, Model model) {
        ProcedureCode parsed;
        try {
            parsed = ProcedureCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No procedure with the code " + code);
        }
        Procedure procedure = catalogue.find(parsed).orElseThrow(() -> new NotFoundException("No procedure " + code));
        model.addAttribute("procedure", procedure);
        var version = procedure.versionOn(catalogue.today()).orElse(procedure.versions().getFirst());
        model.addAttribute("v", version);
        model.addAttribute("online", version.channels().contains(Channel.ONLINE)
                && !catalogue.officesOffering(parsed).isEmpty());
    }
}
