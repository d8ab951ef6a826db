package org.irontrace.trace.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.trace.TraceRequest;
import org.irontrace.trace.TraceRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/trace-requests?agency=X[&format=csv]}: the agency's recoveries still waiting for
 * the tracing authority's answer, with every field of the trace request form, for submission in
 * bulk. Sending requests is the owning agency's own act, so only its users (and the installation's
 * operators) read the list; for anyone else the agency has none (404). The list carries possessors,
 * so each read is in the audit trail.
 */
@RestController
@RequestMapping("/api/v1/trace-requests")
class TraceRequestController {

	private final TraceRequests requests;

	private final Callers callers;

	private final AuditTrail audit;

	TraceRequestController(TraceRequests requests, Callers callers, AuditTrail audit) {
		this.requests = requests;
		this.callers = callers;
		this.audit = audit;
	}

	/** Who may call: ANALYST, SUPERVISOR, ADMIN of the agency itself, or the installation's operators. */
	@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'ADMIN')")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<TraceRequest> list(@RequestParam String agency, @RequestParam(defaultValue = "") String after,
			@RequestParam(defaultValue = "1000") int limit, HttpServletRequest http) {
		Caller caller = owner(agency);
		List<TraceRequest> page = requests.listToSend(agency, after, Math.min(Math.max(limit, 1), 10_000));
		if (!page.isEmpty()) {
			audit.record(caller, "READ_PERSONAL_DATA", "trace-requests:" + agency, http.getHeader("X-Purpose"));
		}
		return page;
	}

	/** The same list as a CSV file (FORMATS' column names), streamed. Who may call: as for the list. */
	@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'ADMIN')")
	@GetMapping(params = "format=csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam String agency, HttpServletRequest http) {
		Caller caller = owner(agency);
		audit.record(caller, "READ_PERSONAL_DATA", "trace-requests:" + agency + " (csv)", http.getHeader("X-Purpose"));
		StreamingResponseBody body = out -> requests.writeToSend(agency, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trace-requests-" + agency + ".csv\"")
			.body(body);
	}

	/** The caller, when it may work this agency's requests ({@link TraceRequests#agencyWorkedBy}). */
	private Caller owner(String agency) {
		Caller caller = callers.current();
		requests.agencyWorkedBy(caller, agency);
		return caller;
	}
}
