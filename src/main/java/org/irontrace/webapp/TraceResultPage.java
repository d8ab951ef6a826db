package org.irontrace.webapp;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.intel.GunIndicators;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.irontrace.recovery.Recoveries;
import org.irontrace.trace.CandidateConfirmation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * One trace result as an analyst reads it: the gun, its custody chain as a timeline, the first
 * retail sale, time-to-crime and its flag, the candidates of an unsettled serial (each with a button
 * to confirm it), and every earlier trace of the same recovery.
 */
@Controller
class TraceResultPage {

	private final TraceService traces;

	private final CandidateConfirmation confirmation;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final GunIndicators indicators;

	private final Recoveries recoveries;

	TraceResultPage(TraceService traces, CandidateConfirmation confirmation, SharingScopes scopes, AuditTrail audit,
			Callers callers, GunIndicators indicators, Recoveries recoveries) {
		this.indicators = indicators;
		this.recoveries = recoveries;
		this.traces = traces;
		this.confirmation = confirmation;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/traces/{traceId}")
	String result(@PathVariable String traceId, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		Visibility visibility = scopes.visibilityFor(caller, SharingScope.TRACES);
		TraceResult result = traces.findTrace(traceId, visibility).orElse(null);
		if (result == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "webapp/trace-missing";
		}
		if (result.firstRetailSale() != null && result.firstRetailSale().purchaser() != null) {
			// Showing the purchaser is a read of personal data, recorded as the API records it.
			audit.recordRead(caller, "READ_PERSONAL_DATA", "trace:" + result.traceId(), null, List.of(result.agency()));
		}
		List<TraceResult> history = traces.listTraces(result.agency(), result.recoveryId(), visibility);
		model.addAttribute("trace", result);
		model.addAttribute("incidentId", recoveries.findIncidentId(result.agency(), result.recoveryId()).orElse(null));
		model.addAttribute("tracedOn", result.tracedAt().atZone(ZoneOffset.UTC).toLocalDate());
		model.addAttribute("firearmTypeCode", TraceWords.firearmTypeCode(result.firearm()));
		Integer days = result.timeToCrimeDays();
		model.addAttribute("shortTimeToCrime", ShortTimeToCrime.of(days));
		model.addAttribute("timeToCrimeYears", days == null ? null : ShortTimeToCrime.years(days));
		model.addAttribute("history", history.stream().map(TraceHistoryLine::of).toList());
		model.addAttribute("latest", !history.isEmpty() && history.get(0).traceId().equals(result.traceId()));
		model.addAttribute("confirmable", result.status() == org.irontrace.trace.TraceStatus.NOT_TRACED);
		// What the agency read on the gun, as tracing took it: the restored characters of an
		// obliterated serial, else the serial.
		String read = result.candidates() == null || result.candidates().isEmpty() ? null
				: recoveries.findRecovery(result.agency(), result.recoveryId())
					.map(r -> r.partialSerial() != null && (r.serialObliterated() || r.firearm().serialNumber() == null)
							? r.partialSerial() : r.firearm().serialNumber())
					.orElse(null);
		model.addAttribute("candidateRows", result.candidates() == null ? List.of()
				: result.candidates().stream().map(c -> new CandidateRow(c, SerialPattern.of(read, c.serialNumber()))).toList());
		TraceResult.FirstRetailSale sale = result.firstRetailSale();
		model.addAttribute("indicators", sale == null || result.firearm() == null ? List.of()
				: indicators.listForSale(result.firearm().serialNumber(), sale.licence(), sale.saleDate(),
						scopes.visibilityFor(caller, SharingScope.LEADS)));
		return "webapp/trace-result";
	}

	/** The analyst says which candidate the recovered gun is: the recovery is traced again as that gun. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/traces/{traceId}/confirm")
	RedirectView confirm(@PathVariable String traceId, @RequestParam String serialNumber,
			@RequestParam String manufacturer, RedirectAttributes flash) {
		Caller caller = callers.current();
		Visibility visibility = scopes.visibilityFor(caller, SharingScope.TRACES);
		TraceResult asked = traces.findTrace(traceId, visibility)
			.orElseThrow(() -> new NotFoundException("No trace " + traceId));
		if (!scopes.worksFor(caller, asked.agency())) {
			// Confirming traces the recovery again: the owning agency's act, not a reader's.
			throw new ForbiddenException("Only " + asked.agency() + " confirms the candidates of its traces");
		}
		TraceResult confirmed;
		try {
			confirmed = confirmation.confirm(traceId, serialNumber, manufacturer, visibility);
		}
		catch (BadRequestException | NotFoundException refused) {
			throw new NotFoundException("No such candidate of trace " + traceId);
		}
		audit.record(caller, "CONFIRM_CANDIDATE", "trace:" + traceId, serialNumber + " " + manufacturer);
		flash.addFlashAttribute("confirmedFrom", traceId);
		RedirectView toResult = new RedirectView("/app/traces/" + confirmed.traceId(), true);
		toResult.setStatusCode(HttpStatus.SEE_OTHER);
		toResult.setExposeModelAttributes(false);
		return toResult;
	}

	/** A candidate gun with its serial marked against what the agency read. */
	record CandidateRow(org.irontrace.trace.TraceResult.Candidate candidate, SerialPattern pattern) {
	}
}
