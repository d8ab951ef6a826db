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
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trace requests and results. An agency traces and reads its own recoveries' traces, and another
 * agency's only under an agreement covering TRACES; the purchaser is shown only at level FULL.
 * Every answer that shows a purchaser is recorded in the audit trail, with the purpose the caller
 * gives in the {@code X-Purpose} header (the case or lead).
 */
@RestController
class TraceController {

	static final String PURPOSE = "X-Purpose";

	/** A batch is answered in one response: a bound keeps its time and memory in reach of one call. */
	static final int MOST_PER_BATCH = 1000;

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
	@PostMapping("/api/v1/traces")
	TraceResult trace(@RequestBody TraceRequest request, HttpServletRequest http) {
		if (request == null || blank(request.agency()) || blank(request.recoveryId())) {
			throw new BadRequestException("Both 'agency' and 'recoveryId' are required");
		}
		Caller caller = callers.current();
		Visibility visibility = visibility(caller);
		refuseOthersRecords(caller, visibility, request.agency().trim());
		TraceResult result = traces.trace(request.agency().trim(), request.recoveryId().trim(), visibility);
		return audited(caller, result, http);
	}

	/** Reads a stored trace result again. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/api/v1/traces/{traceId}")
	TraceResult read(@PathVariable String traceId, HttpServletRequest http) {
		Caller caller = callers.current();
		TraceResult result = traces.findTrace(traceId, visibility(caller))
			.orElseThrow(() -> new NotFoundException("No trace " + traceId));
		return audited(caller, result, http);
	}

	/** The history of a recovery's traces, newest first. Who may call: as for reading a trace. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/api/v1/traces")
	List<TraceResult> history(@RequestParam String agency, @RequestParam String recoveryId, HttpServletRequest http) {
		Caller caller = callers.current();
		List<TraceResult> results = traces.listTraces(agency, recoveryId, visibility(caller));
		results.forEach(result -> audited(caller, result, http));
		return results;
	}

	/**
	 * Traces up to {@link #MOST_PER_BATCH} recoveries of one agency (the caller's own unless
	 * {@code agency} names another) in one call, each answered as {@code POST /api/v1/traces} would,
	 * in the order asked; a recovery the caller may not see or that does not exist is answered as
	 * not found in its place, without failing the others. Who may call: as for tracing one.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@PostMapping("/api/v1/traces:batch")
	TraceBatchAnswer traceBatch(@RequestBody TraceBatch request, HttpServletRequest http) {
		if (request == null || request.recoveryIds() == null || request.recoveryIds().isEmpty()) {
			throw new BadRequestException("recoveryIds: a list of at least one recovery id is required");
		}
		if (request.recoveryIds().size() > MOST_PER_BATCH) {
			throw new BadRequestException("recoveryIds: at most " + MOST_PER_BATCH + " in one batch, got "
					+ request.recoveryIds().size());
		}
		List<String> ids = new java.util.ArrayList<>(request.recoveryIds().size());
		for (int i = 0; i < request.recoveryIds().size(); i++) {
			if (blank(request.recoveryIds().get(i))) {
				throw new BadRequestException("recoveryIds[" + i + "]: must not be blank");
			}
			ids.add(request.recoveryIds().get(i).trim());
		}
		Caller caller = callers.current();
		String agency = blank(request.agency()) ? caller.agency() : request.agency().trim();
		Visibility visibility = visibility(caller);
		refuseOthersRecords(caller, visibility, agency);
		List<java.util.Optional<TraceResult>> results = traces.traceEach(agency, ids, visibility);
		List<Object> answers = new java.util.ArrayList<>(ids.size());
		java.util.Set<String> purchasersShown = new java.util.LinkedHashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			TraceResult result = results.get(i).orElse(null);
			if (result == null) {
				answers.add(new TraceNotFound(agency, ids.get(i), "not_found", "Agency " + agency + " has no recovery " + ids.get(i)));
				continue;
			}
			if (showsPurchaser(result)) {
				purchasersShown.add("trace:" + result.traceId());
			}
			answers.add(result);
		}
		// One audit entry per trace that shows a purchaser, as for single traces, written together.
		audit.recordEachRead(caller, "READ_PERSONAL_DATA", List.copyOf(purchasersShown), http.getHeader(PURPOSE), List.of(agency));
		return new TraceBatchAnswer(agency, answers);
	}

	private Visibility visibility(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.TRACES);
	}

	private TraceResult audited(Caller caller, TraceResult result, HttpServletRequest http) {
		if (showsPurchaser(result)) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "trace:" + result.traceId(), http.getHeader(PURPOSE),
					List.of(result.agency()));
		}
		return result;
	}

	private static boolean showsPurchaser(TraceResult result) {
		return result.firstRetailSale() != null && result.firstRetailSale().purchaser() != null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** {@code {"agency": "..." (optional), "recoveryIds": ["...", ...]}}. */
	record TraceBatch(String agency, List<String> recoveryIds) {
	}

	/** The batch's answers, one per id asked and in its order: a trace result or a {@link TraceNotFound}. */
	record TraceBatchAnswer(String agency, List<Object> results) {
	}

	/** In a batch, the place of a recovery that cannot be traced: an error as the API writes them. */
	record TraceNotFound(String agency, String recoveryId, String error, String detail) {
	}

	/** FORMATS.md: {@code {"agency": "...", "recoveryId": "..."}}. */
	record TraceRequest(String agency, String recoveryId) {
	}

	/**
	 * Tracing writes a result into the owning agency's records: an agreement that lets the caller read
	 * them does not let it trace them (403, said plainly); records it may not even read stay unseen (404,
	 * from the trace itself).
	 */
	private void refuseOthersRecords(Caller caller, Visibility visibility, String agency) {
		if (!scopes.worksFor(caller, agency) && visibility.seesRecordsOf(agency)) {
			throw new ForbiddenException("An agreement lets " + caller.agency() + " read the records of " + agency
					+ ", not trace them: only " + agency + " traces its own recoveries");
		}
	}
}
