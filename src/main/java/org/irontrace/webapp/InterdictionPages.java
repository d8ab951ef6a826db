package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.RowError;
import org.irontrace.imports.Submitter;
import org.irontrace.interdiction.Interdiction;
import org.irontrace.interdiction.PerformanceFigures;
import org.irontrace.interdiction.ReasonWords;
import org.irontrace.interdiction.Shipment;
import org.irontrace.interdiction.Shipments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's pages of southbound interdiction: the shipments of a port and day worth inspecting,
 * each with why and a form to record the inspection (through the very import inspections.csv goes
 * through); one shipment with its inspections and the incident of what was seized; the performance
 * of inspections by port and mode with the forwarders and carriers that conveyed seized guns. The same
 * facades and visibility as the API.
 */
@Controller
class InterdictionPages {

	/** Shipments listed on the targeting page. */
	static final int LISTED = 50;

	private final Interdiction interdiction;

	private final PerformanceFigures figures;

	private final Shipments shipments;

	private final ReasonWords words;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final MessageSource messages;

	InterdictionPages(Interdiction interdiction, PerformanceFigures figures, Shipments shipments, ReasonWords words,
			Callers callers, SharingScopes scopes, AuditTrail audit, MessageSource messages) {
		this.interdiction = interdiction;
		this.figures = figures;
		this.shipments = shipments;
		this.words = words;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
		this.messages = messages;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/interdiction")
	String targets(@RequestParam(required = false) String port, @RequestParam(required = false) LocalDate day,
			Model model) {
		Caller caller = callers.current();
		Visibility records = scopes.visibilityFor(caller, SharingScope.RECOVERIES);
		LocalDate shown = day != null ? day : interdiction.findLatestDay(records).orElse(LocalDate.now());
		String origin = port == null || port.isBlank() ? null : port.trim().toUpperCase(Locale.ROOT);
		Interdiction.TargetList list = interdiction.listTargets(shown, shown, origin, LISTED, records,
				scopes.visibilityFor(caller, SharingScope.LEADS));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("port", origin);
		model.addAttribute("day", shown);
		model.addAttribute("list", list);
		model.addAttribute("says", list.targets()
			.stream()
			.map(target -> target.reasons().stream().map(reason -> words.says(reason, locale)).toList())
			.toList());
		model.addAttribute("fewestOutcomes", 20);
		return "webapp/interdiction-targets";
	}

	/** Who may record: those who may send inspections.csv, for their own agency's shipments. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/interdiction/inspections")
	String record(@RequestParam String agency, @RequestParam String shipmentId, @RequestParam LocalDate inspectionDate,
			@RequestParam(required = false) String method, @RequestParam String result,
			@RequestParam(required = false) Integer firearmsFound, @RequestParam(required = false) String incidentId,
			@RequestParam(required = false) String port, @RequestParam(required = false) LocalDate day,
			RedirectAttributes redirect) {
		Caller caller = callers.current();
		Submitter submitter = new Submitter(caller.agency(), scopes.seesEverything(caller), caller.username());
		ImportReport report = shipments.recordInspection(agency, new Shipments.InspectionForm(shipmentId, inspectionDate,
				blank(method), result, firearmsFound, null, null, blank(incidentId)), submitter);
		audit.record(caller, "IMPORT", "inspection:" + agency + "/" + shipmentId, result);
		Locale locale = LocaleContextHolder.getLocale();
		if (report.errors().isEmpty()) {
			redirect.addFlashAttribute("notice", messages.getMessage("interdiction.inspection.recorded",
					new Object[] { shipmentId }, locale));
		}
		else {
			RowError error = report.errors().get(0);
			String reason = error.code() == null ? error.message()
					: messages.getMessage("tracework.refusal." + error.code(), error.args().toArray(), error.message(), locale);
			redirect.addFlashAttribute("problem", messages.getMessage("interdiction.inspection.refused",
					new Object[] { shipmentId, reason }, locale));
		}
		redirect.addAttribute("day", day == null ? inspectionDate : day);
		if (port != null && !port.isBlank()) {
			redirect.addAttribute("port", port);
		}
		return "redirect:/app/interdiction";
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/interdiction/shipments/{agency}/{shipmentId}")
	String shipment(@PathVariable String agency, @PathVariable String shipmentId, Model model,
			HttpServletResponse response) {
		Caller caller = callers.current();
		Shipment shipment = shipments.findShipment(agency, shipmentId, scopes.visibilityFor(caller, SharingScope.RECOVERIES))
			.orElse(null);
		model.addAttribute("shipmentId", shipmentId);
		model.addAttribute("shipment", shipment);
		if (shipment == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		else if (shipment.personalDataShown()) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "shipment:" + agency + "/" + shipmentId, null, List.of(agency));
		}
		return "webapp/interdiction-shipment";
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/interdiction/performance")
	String performance(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Model model) {
		Caller caller = callers.current();
		Visibility records = scopes.visibilityFor(caller, SharingScope.RECOVERIES);
		LocalDate end = to != null ? to : interdiction.findLatestDay(records).orElse(LocalDate.now());
		LocalDate start = from != null ? from : end.minusDays(29);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("performance",
				figures.count(start, end, 0.01, records, scopes.visibilityFor(caller, SharingScope.LEADS)));
		return "webapp/interdiction-performance";
	}
}
