package org.irontrace.webapp;

import java.util.List;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceRequest;
import org.irontrace.trace.TraceRequests;
import org.irontrace.trace.TraceService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The round trip with the tracing authority for one agency: the requests still to send (with a
 * download to submit them in bulk) and the answers received, with their counts. Only the agency's
 * own users and the installation's operators see it, as in the API.
 */
@Controller
class TraceRequestsPage {

	static final int SHOWN = 100;

	private final TraceRequests requests;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final TraceService traces;

	TraceRequestsPage(TraceRequests requests, TraceService traces, Callers callers, SharingScopes scopes,
			AuditTrail audit) {
		this.requests = requests;
		this.traces = traces;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/trace-requests")
	String show(@RequestParam(required = false) String agency, Model model) {
		Caller caller = callers.current();
		String shown = owned(caller, agency);
		List<TraceRequest> toSend = requests.listToSend(shown, "", SHOWN);
		if (!toSend.isEmpty()) {
			audit.record(caller, "READ_PERSONAL_DATA", "trace-requests:" + shown, null);
		}
		model.addAttribute("agency", shown);
		model.addAttribute("counts", requests.count(shown));
		model.addAttribute("toSend", toSend);
		model.addAttribute("answered", requests.listAnswered(shown, SHOWN));
		return "webapp/trace-requests";
	}

	/**
	 * The requests to send as the submission file: FORMATS' machine form (ISO dates, plain numbers),
	 * since it goes to the tracing authority's systems, not to a spreadsheet.
	 */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/trace-requests.csv")
	ResponseEntity<StreamingResponseBody> download(@RequestParam(required = false) String agency) {
		Caller caller = callers.current();
		String shown = owned(caller, agency);
		audit.record(caller, "READ_PERSONAL_DATA", "trace-requests:" + shown + " (csv)", null);
		StreamingResponseBody body = out -> requests.writeToSend(shown, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trace-requests-" + shown + ".csv\"")
			.body(body);
	}

	/** A recovery's latest trace, by the recovery: where a list of recoveries leads to their traces. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/traces/latest")
	RedirectView latest(@RequestParam String agency, @RequestParam String recoveryId) {
		Caller caller = callers.current();
		return traces.listTraces(agency, recoveryId, scopes.visibilityFor(caller, SharingScope.TRACES))
			.stream()
			.findFirst()
			.map(trace -> new RedirectView("/app/traces/" + trace.traceId(), true))
			.orElseThrow(() -> new NotFoundException("No trace of " + agency + "/" + recoveryId));
	}

	private String owned(Caller caller, String agency) {
		return requests.agencyWorkedBy(caller, agency);
	}
}
