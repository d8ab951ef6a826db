package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessDirectory;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The administration's front page: the agencies the caller administers (every agency for the
 * installation's operators, who alone may add one) and the way to users, tokens and agreements.
 */
@Controller
class AdminPages {

	static final List<String> AGENCY_FIELDS = List.of("code", "name", "country", "kind");

	static final List<String> AGENCY_KINDS = List.of("NATIONAL", "STATE", "REGIONAL");

	private final AccessAdministration administration;

	private final AccessDirectory directory;

	private final Callers callers;

	AdminPages(AccessAdministration administration, AccessDirectory directory, Callers callers) {
		this.administration = administration;
		this.directory = directory;
		this.callers = callers;
	}

	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin")
	String agencies(Model model) {
		return show(new AccessRequests.NewAgency("", "", "", "NATIONAL"), new AdminProblems("agency"), model);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/agencies")
	Object createAgency(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String kind, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		AccessRequests.NewAgency request = new AccessRequests.NewAgency(code.trim(), name.trim(),
				country.trim().toUpperCase(java.util.Locale.ROOT), kind);
		AdminProblems problems = new AdminProblems("agency");
		try {
			administration.createAgency(callers.current(), request);
		}
		catch (RuntimeException refusal) {
			problems.refused(refusal, AGENCY_FIELDS, "code");
			response.setStatus(problems.status());
			return show(request, problems, model);
		}
		flash.addFlashAttribute("done", "admin.done.agency");
		flash.addFlashAttribute("doneSubject", request.code());
		return AdminPages.seeOther("/app/admin");
	}

	private String show(AccessRequests.NewAgency form, AdminProblems problems, Model model) {
		Caller caller = callers.current();
		model.addAttribute("agencies", directory.listAgencies(caller));
		model.addAttribute("operator", directory.administersInstallation(caller));
		model.addAttribute("kinds", AGENCY_KINDS);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "webapp/admin";
	}

	/** After a change, the browser is sent to the list, so a reload never repeats it. */
	static RedirectView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}
}
