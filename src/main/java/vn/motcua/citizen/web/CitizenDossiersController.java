package vn.motcua.citizen.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.citizen.CitizenAccounts;
import vn.motcua.fees.DossierFees;
import vn.motcua.fees.OnlinePayments;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.citizen.OnlineSubmissions;
import vn.motcua.notification.Notifications;
import vn.motcua.results.ResultRegister;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.security.CitizenPrincipal;
import vn.motcua.documents.Slips;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.survey.SurveyTokens;

/**
 * "Hồ sơ của tôi": every dossier that names the signed-in citizen (as applicant or representative, by personal ID
 * number; submitted at a counter or online), with its steps in plain Vietnamese, the appointment, supplement
 * requests, the receipt (form 01) to download and the survey once the result is returned. Nobody else's.
 */
@Controller
class CitizenDossiersController {

    static final String PAGE = "/cong-dan/ho-so";

    private final CitizenAccounts accounts;
    private final PublicDossiers dossiers;
    private final Slips slips;
    private final Offices offices;
    private final SurveyTokens surveys;
    private final OnlineSubmissions submissions;
    private final Notifications notifications;
    private final ResultRegister results;
    private final DossierFees fees;
    private final OnlinePayments payments;

    CitizenDossiersController(CitizenAccounts accounts, PublicDossiers dossiers, Slips slips, Offices offices,
            SurveyTokens surveys, OnlineSubmissions submissions, Notifications notifications, ResultRegister results,
            DossierFees fees, OnlinePayments payments) {
        this.fees = fees;
        this.payments = payments;
        this.results = results;
        this.notifications = notifications;
        this.submissions = submissions;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.slips = slips;
        this.offices = offices;
        this.surveys = surveys;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
        model.addAttribute("dossiers", dossiers.ofPerson(person(citizen)));
        // Accepted online dossiers are listed with the others; the rest (drafts, waiting, asked to supplement, refused)
        // are listed apart.
        model.addAttribute("submissions", submissions.mine(citizen.accountId()).stream()
                .filter(s -> s.status() != OnlineSubmission.Status.ACCEPTED).toList());
        model.addAttribute("max", PublicDossiers.MAX_OF_PERSON);
        return "citizen/dossiers";
    }

    @GetMapping(PAGE + "/{code}")
    String dossier(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String code, Model model) {
        var view = dossiers.forPerson(dossierCode(code), person(citizen))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("d", view);
        model.addAttribute("officeName", offices.find(AgencyCode.of(view.officeCode())).map(a -> a.name())
                .orElse(view.officeCode()));
        dossiers.ofPerson(dossierCode(code), person(citizen)).ifPresent(d -> model.addAttribute("notices",
                notifications.told(Arrays.asList(d.applicant().phone(), d.applicant().email()), code, 30)));
        model.addAttribute("results", results.electronicForPerson(dossierCode(code), person(citizen)));
        model.addAttribute("fee", fees.forPerson(dossierCode(code), person(citizen)).orElse(null));
        model.addAttribute("payOnline", payments.available());
        if (view.returnedAt() != null) {
            model.addAttribute("surveyUrl", "/danh-gia/" + surveys.forDossier(view.code()));
        }
        return "citizen/dossier";
    }

    @GetMapping(PAGE + "/{code}/mau-01.pdf")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String code) {
        DossierCode dossier = dossierCode(code);
        return slips.receiptPdfForPerson(dossier, person(citizen))
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("mau-01-" + dossier.value() + ".pdf").build().toString())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** Starts paying the dossier's fee online: to the payment gateway, or back with the reason it cannot be paid. */
    @PostMapping(PAGE + "/{code}/thanh-toan")
    String pay(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String code, HttpServletRequest request,
            Locale locale, RedirectAttributes redirect) {
        DossierCode dossier = dossierCode(code);
        try {
            return "redirect:" + payments.start(dossier, person(citizen), request.getRemoteAddr(), locale.getLanguage());
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("payError", e.code());
            return "redirect:" + PAGE + "/" + dossier.value();
        }
    }

    /** The signed electronic receipt of the fee paid for the dossier. */
    @GetMapping(PAGE + "/{code}/bien-lai.pdf")
    ResponseEntity<InputStreamResource> feeReceipt(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String code) {
        DossierCode dossier = dossierCode(code);
        return fees.receiptFileForPerson(dossier, person(citizen))
                .map(file -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("bien-lai-" + dossier.value() + ".pdf").build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(new InputStreamResource(file)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** A result issued electronically to the citizen, to download. */
    @GetMapping(PAGE + "/{code}/ket-qua/{id}")
    ResponseEntity<InputStreamResource> result(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String code,
            @PathVariable UUID id) {
        return results.fileForPerson(dossierCode(code), id, person(citizen))
                .map(download -> ResponseEntity.ok().contentType(MediaType.parseMediaType(download.result().contentType()))
                        .contentLength(download.result().size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(download.result().code() + "-" + download.result().fileName(), StandardCharsets.UTF_8)
                                .build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(new InputStreamResource(download.content())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private PersonalIdNumber person(CitizenPrincipal citizen) {
        UUID id = citizen.accountId();
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED))
                .identity().idNumber();
    }

    private static DossierCode dossierCode(String code) {
        try {
            return new DossierCode(code);
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
