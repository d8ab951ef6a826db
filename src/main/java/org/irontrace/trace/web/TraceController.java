package org.irontrace.trace.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trace requests and results. An agency traces and reads its own recoveries' traces, and another
 * agency's only under an agreement covering TRACES; the purchaser is shown only at level FULL.
 * Every answer that shows a purchaser is recorded in the audit trail, with the purpose the caller
 * gives in the {@code X-Purpose} header (the case or lead).
 */
@RestController
@RequestMapping("/api/v1/traces")
class TraceController {

	static final String PURPOSE = "X-Purpose";

	private final TraceService traces;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	TraceController(TraceService traces, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.traces = traces;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** Traces a recovery now. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@PostMapping
	TraceResult trace(@RequestBody TraceRequest request, HttpServletRequest http) {
		if (request == null || blank(request.agency()) || blank(request.recoveryId())) {
			throw new BadRequestException("Both 'agency' and 'recoveryId' are required");
		}
		Caller caller = callers.current();
		TraceResult result = traces.trace(request.agency().trim(), request.recoveryId().trim(), visibility(caller));
		return audited(caller, result, http);
	}

	/** Reads a stored trace result again. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/{traceId}")
	TraceResult read(@PathVariable String traceId, HttpServletRequest http) {
		Caller caller = callers.current();
		TraceResult result = traces.findTrace(traceId, visibility(caller))
			.orElseThrow(() -> new NotFoundException("No trace " + traceId));
		return audited(caller, result, http);
	}

	/** The history of a recovery's traces, newest first. Who may call: as for reading a trace. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping
	List<TraceResult> history(@RequestParam String agency, @RequestParam String recoveryId, HttpServletRequest http) {
		Caller caller = callers.current();
		List<TraceResult> results = traces.listTraces(agency, recoveryId, visibility(caller));
		results.forEach(result -> audited(caller, result, http));
		return results;
	}

	private Visibility visibility(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.TRACES);
	}

	private TraceResult audited(Caller caller, TraceResult result, HttpServletRequest http) {
		if (result.firstRetailSale() != null && result.firstRetailSale().purchaser() != null) {
			audit.record(caller, "READ_PERSONAL_DATA", "trace:" + result.traceId(), http.getHeader(PURPOSE));
		}
		return result;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** FORMATS.md: {@code {"agency": "...", "recoveryId": "..."}}. */
	record TraceRequest(String agency, String recoveryId) {
	}
}
