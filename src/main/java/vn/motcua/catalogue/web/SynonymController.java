package vn.motcua.catalogue.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueSynonyms;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/** The catalogue search's synonyms, for the administrators who keep the catalogue: listed, added, removed. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SynonymController {

    static final String PAGE = "/quan-tri/tu-dong-nghia";

    private final CatalogueSynonyms synonyms;
    private final Catalogue catalogue;

    SynonymController(CatalogueSynonyms synonyms, Catalogue catalogue) {
        this.synonyms = synonyms;
        this.catalogue = catalogue;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("synonyms", synonyms.list());
        model.addAttribute("mayEdit", catalogue.mayEdit(me));
        return "catalogue/synonyms";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String phrase,
            @RequestParam(required = false) String means, RedirectAttributes flash) {
        editor(me);
        try {
            synonyms.add(phrase, means, me);
            flash.addFlashAttribute("done", "added");
        } catch (InvalidValueException e) {
            flash.addFlashAttribute("error", e.code());
            flash.addFlashAttribute("phrase", phrase == null ? "" : phrase.substring(0, Math.min(phrase.length(), 100)));
            flash.addFlashAttribute("means", means == null ? "" : means.substring(0, Math.min(means.length(), 200)));
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/xoa")
    String remove(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String phrase,
            RedirectAttributes flash) {
        editor(me);
        synonyms.remove(phrase, me);
        flash.addFlashAttribute("done", "removed");
        return "redirect:" + PAGE;
    }

    private void editor(OfficeMember me) {
        if (!catalogue.mayEdit(me)) {
            throw new AccessDeniedException("The catalogue is kept by the province's administrators");
        }
    }
}
