package org.irontrace.trace.web;

import java.util.List;

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

/** Trace requests and results. */
@RestController
@RequestMapping("/api/v1/traces")
class TraceController {

	private final TraceService traces;

	TraceController(TraceService traces) {
		this.traces = traces;
	}

	/** Traces a recovery now. Who may call: an administrator, until agencies and roles arrive. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping
	TraceResult trace(@RequestBody TraceRequest request) {
		if (request == null || blank(request.agency()) || blank(request.recoveryId())) {
			throw new BadRequestException("Both 'agency' and 'recoveryId' are required");
		}
		return traces.trace(request.agency().trim(), request.recoveryId().trim());
	}

	/** Reads a stored trace result again. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/{traceId}")
	TraceResult read(@PathVariable String traceId) {
		return traces.findTrace(traceId).orElseThrow(() -> new NotFoundException("No trace " + traceId));
	}

	/** The history of a recovery's traces, newest first. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping
	List<TraceResult> history(@RequestParam String agency, @RequestParam String recoveryId) {
		return traces.listTraces(agency, recoveryId);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** FORMATS.md: {@code {"agency": "...", "recoveryId": "..."}}. */
	record TraceRequest(String agency, String recoveryId) {
	}
}
