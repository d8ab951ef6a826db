package org.irontrace.intel.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.MultipleSaleReport;
import org.irontrace.platform.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Multiple-sale reports produced from the US ledger (Forms 3310.4 and 3310.12) and, on request, the
 * split purchases that stayed under them. The ledger is US commerce data, not an agency's record, and
 * its purchasers are seen only through traces: a report names its purchaser, by person key only, to
 * a caller who sees in full a trace that found that purchaser (the TRACES agreements), and every such
 * read is audited like the other reads of personal data.
 */
@RestController
@RequestMapping("/api/v1/multiple-sales")
class MultipleSaleController {

	private final Intelligence intelligence;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	MultipleSaleController(Intelligence intelligence, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.intelligence = intelligence;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** Reports that began in the period, as JSON. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<MultipleSaleReport> list(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "false") boolean splitPurchases, HttpServletRequest request) {
		return reports(from, to, splitPurchases, request);
	}

	/** The same reports as CSV, one line per sale. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping(produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "false") boolean splitPurchases, HttpServletRequest request) {
		List<MultipleSaleReport> reports = reports(from, to, splitPurchases, request);
		audit.record(callers.current(), "MULTIPLE_SALES_EXPORTED", "multiple-sales:" + from + ".." + to,
				request.getHeader("X-Purpose"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(MultipleSaleCsv.write(reports));
	}

	private List<MultipleSaleReport> reports(String from, String to, boolean splitPurchases, HttpServletRequest request) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (end.isBefore(start)) {
			throw new BadRequestException("'to' is before 'from'");
		}
		Caller caller = callers.current();
		List<MultipleSaleReport> reports = intelligence.listMultipleSales(start, end, splitPurchases,
				scopes.visibilityFor(caller, SharingScope.TRACES));
		if (reports.stream().anyMatch(report -> report.purchaserId() != null)) {
			audit.record(caller, "READ_PERSONAL_DATA", "multiple-sales:" + start + ".." + end, request.getHeader("X-Purpose"));
		}
		return reports;
	}

	private static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException("'" + name + "' must be a date YYYY-MM-DD");
		}
	}
}
