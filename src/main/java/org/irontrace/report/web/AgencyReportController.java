package org.irontrace.report.web;

import java.util.List;

import org.irontrace.platform.BadRequestException;
import org.irontrace.report.ArmsFlowsReturn;
import org.irontrace.report.ReportService;
import org.irontrace.report.monitoring.AgencyMonitoring;
import org.irontrace.report.monitoring.LeadOutcomes;
import org.irontrace.report.monitoring.MonthOfWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The UNODC-shaped annual return and the monitoring of an agency's tracing work. */
@RestController
class AgencyReportController {

	private final ReportService reports;

	private final AgencyMonitoring monitoring;

	AgencyReportController(ReportService reports, AgencyMonitoring monitoring) {
		this.reports = reports;
		this.monitoring = monitoring;
	}

	/** A country's year in the shape of the UNODC Illicit Arms Flows Questionnaire. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/api/v1/reports/unodc-iafq")
	ArmsFlowsReturn armsFlows(@RequestParam String country, @RequestParam int year) {
		if (year < 1968 || year > 2100) {
			throw new BadRequestException("'year' must lie between 1968 and 2100, not " + year);
		}
		return reports.armsFlowsForCaller(country, year);
	}

	/** An agency's tracing work month by month; its own analysts and supervisors, or the operators. */
	@PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
	@GetMapping("/api/v1/reports/monitoring")
	List<MonthOfWork> monitoring(@RequestParam String agency, @RequestParam String from, @RequestParam String to) {
		return monitoring.monthsForCaller(agency, Dates.parse("from", from), Dates.parse("to", to));
	}

	/**
	 * The leads raised on an agency's recoveries and their recorded outcomes. Who may call: the
	 * agency's ANALYST or SUPERVISOR, or the installation's operators.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/api/v1/reports/monitoring/leads")
	LeadOutcomes leads(@RequestParam String agency) {
		return monitoring.leadsForCaller(agency);
	}
}
