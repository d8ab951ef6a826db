package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tracing from the browser. The form posts, the trace is stored, and the browser is sent on to the
 * stored result, so a reload never traces twice and the result page has an address that can be
 * bookmarked, shared with a colleague of the agency, or switched to another language.
 */
@Controller
class TracePages {

	private final TraceService traces;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	TracePages(TraceService traces, SharingScopes scopes, AuditTrail audit, Callers callers) {
		this.callers = callers;
		this.traces = traces;
		this.scopes = scopes;
		this.audit = audit;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/trace")
	String form(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String recoveryId, Model model) {
		Caller caller = callers.current();
		String agencyOrOwn = agency == null || agency.isBlank() ? caller.agency() : agency;
		return showForm(TraceRequestForm.of(agencyOrOwn, recoveryId), List.of(), model);
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/trace")
	Object trace(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String recoveryId, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		TraceRequestForm form = TraceRequestForm.of(agency, recoveryId);
		if (!form.problems().isEmpty()) {
			return showForm(form, form.problems(), model);
		}
		try {
			TraceResult result = traces.trace(form.agency(), form.recoveryId(),
					scopes.visibilityFor(caller, SharingScope.TRACES));
			RedirectView toResult = new RedirectView("/app/traces/" + result.traceId(), true);
			toResult.setStatusCode(HttpStatus.SEE_OTHER);
			return toResult;
		}
		catch (NotFoundException missing) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return showForm(form, List.of(form.notFound()), model);
		}
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/traces/{traceId}")
	String result(@PathVariable String traceId, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		TraceResult result = traces.findTrace(traceId, scopes.visibilityFor(caller, SharingScope.TRACES)).orElse(null);
		if (result == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "webapp/trace-missing";
		}
		if (result.firstRetailSale() != null && result.firstRetailSale().purchaser() != null) {
			// Showing the purchaser is a read of personal data, recorded as the API records it.
			audit.record(caller, "READ_PERSONAL_DATA", "trace:" + result.traceId(), null);
		}
		model.addAttribute("trace", result);
		model.addAttribute("tracedOn", result.tracedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
		model.addAttribute("firearmTypeCode", TraceWords.firearmTypeCode(result.firearm()));
		Integer days = result.timeToCrimeDays();
		model.addAttribute("shortTimeToCrime", ShortTimeToCrime.of(days));
		model.addAttribute("timeToCrimeYears", days == null ? null : ShortTimeToCrime.years(days));
		return "webapp/trace-result";
	}

	private static String showForm(TraceRequestForm form, List<TraceRequestForm.FieldProblem> problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "webapp/trace-form";
	}
}
