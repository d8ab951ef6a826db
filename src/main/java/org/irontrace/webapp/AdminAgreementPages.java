package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccessDirectory;
import org.irontrace.access.AccessDirectory.AgencyListing;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingAgreements;
import org.irontrace.access.SharingLevel;
import org.irontrace.access.SharingScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreements an agency gives and receives, a new one from the caller's agency once its terms
 * were read back and confirmed, and revocation after a confirmation step. {@link SharingAgreements}
 * decides who may grant or revoke what; a revocation takes effect on the receiving agency's next
 * request, as through the API.
 */
@Controller
class AdminAgreementPages {

	static final List<String> AGREEMENT_FIELDS = List.of("grantor", "grantee", "scope", "level", "validFrom",
			"validUntil");

	private final SharingAgreements agreements;

	private final AccessDirectory directory;

	private final Callers callers;

	AdminAgreementPages(SharingAgreements agreements, AccessDirectory directory, Callers callers) {
		this.agreements = agreements;
		this.directory = directory;
		this.callers = callers;
	}

	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin/agreements")
	String list(Model model) {
		Caller caller = callers.current();
		AdminAgreementForm form = new AdminAgreementForm(caller.agency(), "", List.of(),
				SharingLevel.AGGREGATES_ONLY.name(), AdminDate.of(LocalDate.now()), AdminDate.of(null));
		return show(form, new AdminProblems("agreement"), model);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/agreements")
	Object grant(@RequestParam(required = false) String grantor, @RequestParam(defaultValue = "") String grantee,
			@RequestParam(required = false) List<String> scope, @RequestParam(defaultValue = "") String level,
			@RequestParam(required = false) String validFromDay, @RequestParam(required = false) String validFromMonth,
			@RequestParam(required = false) String validFromYear, @RequestParam(required = false) String validUntilDay,
			@RequestParam(required = false) String validUntilMonth,
			@RequestParam(required = false) String validUntilYear, @RequestParam(required = false) String step,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		Caller caller = callers.current();
		AdminAgreementForm form = new AdminAgreementForm(
				grantor == null || grantor.isBlank() ? caller.agency() : grantor.trim(), grantee.trim(),
				scope == null ? List.of() : scope, level, AdminDate.of(validFromDay, validFromMonth, validFromYear),
				AdminDate.of(validUntilDay, validUntilMonth, validUntilYear));
		if ("change".equals(step)) {
			return show(form, new AdminProblems("agreement"), model);
		}
		AdminProblems problems = form.problems();
		if (!problems.any()) {
			try {
				if (!"confirmed".equals(step)) {
					// Nothing is shared before the administrator has read the terms back and confirmed them.
					agreements.checkGrant(caller, form.request());
					return check(form, model);
				}
				agreements.grant(caller, form.request());
				flash.addFlashAttribute("done", "admin.done.agreement");
				flash.addFlashAttribute("doneSubject", form.grantee());
				return AdminPages.seeOther("/app/admin/agreements");
			}
			catch (RuntimeException refusal) {
				// Refused for who grants (the caller may not give this agency's data), else for whom.
				problems.refused(refusal, AGREEMENT_FIELDS,
						refusal instanceof org.irontrace.platform.ForbiddenException ? "grantor" : "grantee");
			}
		}
		response.setStatus(problems.status());
		return show(form, problems, model);
	}

	private String check(AdminAgreementForm form, Model model) {
		Caller caller = callers.current();
		model.addAttribute("form", form);
		model.addAttribute("from", form.validFrom().date());
		model.addAttribute("until", form.validUntil().date());
		model.addAttribute("grantorName", nameOf(directory.listAgencies(caller), form.grantor()));
		model.addAttribute("granteeName", nameOf(directory.listPossibleGrantees(caller), form.grantee()));
		model.addAttribute("problems", new AdminProblems("agreement"));
		return "webapp/admin-agreement-check";
	}

	private static String nameOf(List<AgencyListing> agencies, String code) {
		return agencies.stream().filter(agency -> agency.code().equals(code)).map(AgencyListing::name)
			.findFirst()
			.orElse("");
	}

	/** The confirmation step: what will stop, and a button to stop it. */
	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin/agreements/{id}/revoke")
	String confirmRevoke(@PathVariable String id, Model model, HttpServletResponse response) {
		AdminAgreementRow agreement = find(id);
		if (agreement == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("agreement", agreement);
		model.addAttribute("problems", new AdminProblems("agreement"));
		return "webapp/admin-revoke";
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/agreements/{id}/revoke")
	Object revoke(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes flash) {
		AdminProblems problems = new AdminProblems("agreement");
		try {
			agreements.revoke(callers.current(), id);
		}
		catch (RuntimeException refusal) {
			problems.refused(refusal, List.of(), "revoke");
			response.setStatus(problems.status());
			model.addAttribute("agreement", find(id));
			model.addAttribute("problems", problems);
			return "webapp/admin-revoke";
		}
		AdminAgreementRow revoked = find(id);
		flash.addFlashAttribute("done", "admin.done.revoked");
		flash.addFlashAttribute("doneSubject", revoked == null ? "" : revoked.grantee());
		return AdminPages.seeOther("/app/admin/agreements");
	}

	private AdminAgreementRow find(String id) {
		return agreements.listAgreements(callers.current())
			.stream()
			.filter(agreement -> id.equals(agreement.id().toString()))
			.map(AdminAgreementRow::of)
			.findFirst()
			.orElse(null);
	}

	private String show(AdminAgreementForm form, AdminProblems problems, Model model) {
		Caller caller = callers.current();
		List<AdminAgreementRow> all = agreements.listAgreements(caller).stream().map(AdminAgreementRow::of).toList();
		List<AgreementPart> parts = new java.util.ArrayList<>();
		parts.add(new AgreementPart("given", all.stream().filter(row -> row.grantor().equals(caller.agency())).toList()));
		parts.add(new AgreementPart("received", all.stream().filter(row -> row.grantee().equals(caller.agency())).toList()));
		if (directory.administersInstallation(caller)) {
			// Only the operators see agreements between two other agencies.
			parts.add(new AgreementPart("others", all.stream()
				.filter(row -> !row.grantor().equals(caller.agency()) && !row.grantee().equals(caller.agency()))
				.toList()));
		}
		model.addAttribute("parts", parts);
		model.addAttribute("operator", directory.administersInstallation(caller));
		model.addAttribute("agencies", directory.listAgencies(caller));
		model.addAttribute("grantees", directory.listPossibleGrantees(caller));
		model.addAttribute("scopes", java.util.Arrays.stream(SharingScope.values()).map(Enum::name).toList());
		model.addAttribute("levels", java.util.Arrays.stream(SharingLevel.values()).map(Enum::name).toList());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "webapp/admin-agreements";
	}

	/** Agreements the agency gives, receives, or (operators) that two other agencies made. */
	record AgreementPart(String name, List<AdminAgreementRow> rows) {
	}
}
