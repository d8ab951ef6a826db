package org.irontrace.interdiction.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.interdiction.Interdiction;
import org.irontrace.interdiction.Performance;
import org.irontrace.interdiction.PerformanceFigures;
import org.irontrace.interdiction.ReasonWords;
import org.irontrace.interdiction.RiskWeights;
import org.irontrace.interdiction.Shipment;
import org.irontrace.interdiction.Shipments;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Southbound interdiction over HTTP (FORMATS.md, version 2). Shipments are read as records of scope
 * RECOVERIES (the caller's agency and what agreements grant); the link graph the rules match parties
 * against, as leads (scope LEADS). Reasons never name a person, so they are the same for every
 * caller who may see the shipment. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN.
 */
@RestController
@RequestMapping("/api/v1/interdiction")
class InterdictionController {

	/** The most shipments one answer lists. */
	static final int MOST = 10_000;

	private final Interdiction interdiction;

	private final PerformanceFigures figures;

	private final Shipments shipments;

	private final ReasonWords words;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	InterdictionController(Interdiction interdiction, PerformanceFigures figures, Shipments shipments, ReasonWords words,
			Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.interdiction = interdiction;
		this.figures = figures;
		this.shipments = shipments;
		this.words = words;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/**
	 * The shipments leaving between {@code from} and {@code to} (from one origin {@code port}, or all),
	 * most suspicious first, each with its reasons in the language of {@code Accept-Language}.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/targets")
	List<TargetView> targets(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) String port, @RequestParam(defaultValue = "100") int limit,
			HttpServletRequest request) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (limit < 1 || limit > MOST) {
			throw new BadRequestException("limit must be between 1 and " + MOST);
		}
		Caller caller = callers.current();
		Interdiction.TargetList list = interdiction.listTargets(start, end,
				port == null || port.isBlank() ? null : port.trim().toUpperCase(Locale.ROOT), limit, records(caller),
				graph(caller));
		Locale locale = request.getLocale();
		return list.targets().stream().map(target -> TargetView.of(target, list.weights().source(), words, locale)).toList();
	}

	/** The weights in force for the caller, and how many outcomes taught them. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/weights")
	RiskWeights weights() {
		Caller caller = callers.current();
		return interdiction.weightsInForce(records(caller), graph(caller));
	}

	/**
	 * Per origin port and mode: shipments, inspections, seizures, hit rate and guns seized; the top
	 * {@code topShare} of the ranking against inspection at large; forwarders and carriers that
	 * conveyed seized guns, month by month.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/performance")
	Performance performance(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "0.01") double topShare) {
		if (!(topShare > 0 && topShare <= 1)) {
			throw new BadRequestException("topShare must be above 0 and at most 1");
		}
		Caller caller = callers.current();
		return figures.count(date("from", from), date("to", to), topShare, records(caller), graph(caller));
	}

	/** One shipment with its inspections; a shipment the caller may not see answers 404. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/shipments/{agency}/{shipmentId}")
	Shipment shipment(@PathVariable String agency, @PathVariable String shipmentId, HttpServletRequest request) {
		Caller caller = callers.current();
		Shipment shipment = shipments.findShipment(agency, shipmentId, records(caller))
			.orElseThrow(() -> new NotFoundException("Agency " + agency + " has no shipment " + shipmentId));
		if (shipment.personalDataShown()) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "shipment:" + agency + "/" + shipmentId,
					request.getHeader("X-Purpose"), List.of(agency));
		}
		return shipment;
	}

	private Visibility records(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.RECOVERIES);
	}

	private Visibility graph(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.LEADS);
	}

	static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException(name + " must be a date in the form YYYY-MM-DD, not '" + value + "'");
		}
	}
}
