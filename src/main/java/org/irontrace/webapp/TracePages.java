package org.irontrace.webapp;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.catalog.Catalog;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Recording a recovery and tracing it from the browser. The form posts, the recovery is recorded
 * through the import (when the form describes one), the trace is stored, and the browser is sent
 * on to the stored result, so a reload never traces twice and the result page has an address that
 * can be bookmarked, shared with a colleague of the agency, or switched to another language.
 */
@Controller
class TracePages {

	private final TraceService traces;

	private final SharingScopes scopes;

	private final Callers callers;

	private final RecoveryRecording recording;

	private final Catalog catalog;

	private final TraceFormChoices choices;

	TracePages(TraceService traces, SharingScopes scopes, Callers callers, RecoveryRecording recording,
			Catalog catalog, TraceFormChoices choices) {
		this.callers = callers;
		this.traces = traces;
		this.scopes = scopes;
		this.recording = recording;
		this.catalog = catalog;
		this.choices = choices;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/trace")
	String form(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String recoveryId, Model model) {
		Caller caller = callers.current();
		String agencyOrOwn = agency == null || agency.isBlank() ? caller.agency() : agency;
		return showForm(TraceRequestForm.of(agencyOrOwn, recoveryId), List.of(), caller, model);
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/trace")
	Object trace(@RequestParam Map<String, String> written, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		Caller caller = callers.current();
		TraceRequestForm form = TraceRequestForm.of(written);
		List<TraceRequestForm.FieldProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return showForm(form, problems, caller, model);
		}
		if (form.describesARecovery()) {
			RecoveryRecording.Answer recorded = recording.record(form, caller);
			if (recorded.outcome() == RecoveryRecording.Outcome.REFUSED) {
				response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
				return showForm(form, recorded.problems(), caller, model);
			}
			flash.addFlashAttribute("recorded", recorded.outcome().name());
			flash.addFlashAttribute("readings", DescriptionReadings.of(catalog, form, LocaleContextHolder.getLocale()));
		}
		Visibility visibility = scopes.visibilityFor(caller, SharingScope.TRACES);
		if (!scopes.worksFor(caller, form.agency()) && visibility.seesRecordsOf(form.agency())) {
			// An agreement opens another agency's records to reading, not to tracing.
			throw new ForbiddenException("Only " + form.agency() + " traces its own recoveries");
		}
		try {
			TraceResult result = traces.trace(form.agency(), form.recoveryId(), visibility);
			RedirectView toResult = new RedirectView("/app/traces/" + result.traceId(), true);
			toResult.setStatusCode(HttpStatus.SEE_OTHER);
			toResult.setExposeModelAttributes(false);
			return toResult;
		}
		catch (NotFoundException missing) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return showForm(form, List.of(form.notFound()), caller, model);
		}
	}

	private String showForm(TraceRequestForm form, List<TraceRequestForm.FieldProblem> problems, Caller caller,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		java.util.Map<String, TraceRequestForm.FieldProblem> problemOf = new java.util.HashMap<>();
		problems.forEach(problem -> problemOf.putIfAbsent(problem.field(), problem));
		model.addAttribute("problemOf", problemOf);
		model.addAttribute("readings",
				form.describesARecovery() ? DescriptionReadings.of(catalog, form, LocaleContextHolder.getLocale()) : List.of());
		choices.addTo(model, form, caller.agency());
		java.util.Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("criminalGroupChoices", catalog.knownCriminalGroups().stream().map(g -> g.name(locale)).toList());
		return "webapp/trace-form";
	}
}
