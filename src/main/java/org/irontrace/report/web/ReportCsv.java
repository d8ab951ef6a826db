package org.irontrace.report.web;

import java.util.List;
import java.util.Map;

import org.irontrace.platform.CsvCells;
import org.irontrace.report.RecoveryReport;

/**
 * A report as one CSV table in long form ({@code section,key,detail,value}), so that every figure
 * of the JSON and the PDF is one row a spreadsheet can filter and sum.
 */
final class ReportCsv {

	private final StringBuilder out = new StringBuilder("section,key,detail,value\n");

	private ReportCsv() {
	}

	static String of(RecoveryReport report) {
		ReportCsv csv = new ReportCsv();
		csv.row("country", "", "", report.country());
		csv.row("region", "", "", report.region());
		csv.row("from", "", "", report.from());
		csv.row("to", "", "", report.to());
		csv.row("asOf", "", "", report.asOf());
		csv.row("recovered", "", "", report.recovered());
		csv.row("traced", "", "", report.traced());
		csv.row("outcomes", "usSourced", "", report.outcomes().usSourced());
		csv.row("outcomes", "nonUsSourced", "", report.outcomes().nonUsSourced());
		csv.row("outcomes", "undetermined", "", report.outcomes().undetermined());
		csv.map("statuses", report.statuses());
		csv.map("notTracedReasons", report.notTracedReasons());
		csv.map("partialReasons", report.partialReasons());
		report.sourceStates().forEach(c -> csv.row("sourceStates", c.state(), "", c.count()));
		report.firearmTypes().forEach(c -> csv.row("firearmTypes", c.type(), "", c.count()));
		report.calibres().forEach(c -> csv.row("calibres", c.calibre(), "", c.count()));
		report.manufacturers().forEach(c -> csv.row("manufacturers", c.manufacturer(), "", c.count()));
		RecoveryReport.TimeToCrime ttc = report.timeToCrime();
		List.of(Map.entry("lessThan3Months", ttc.lessThan3Months()), Map.entry("from3To7Months", ttc.from3To7Months()),
				Map.entry("from7To12Months", ttc.from7To12Months()), Map.entry("from1To2Years", ttc.from1To2Years()),
				Map.entry("from2To3Years", ttc.from2To3Years()), Map.entry("over3Years", ttc.over3Years()))
			.forEach(e -> csv.row("timeToCrime", e.getKey(), "", e.getValue()));
		csv.row("timeToCrime", "medianDays", "", ttc.medianDays());
		csv.row("timeToCrime", "meanDays", "", ttc.meanDays());
		report.crimeCodes().forEach(c -> csv.row("crimeCodes", c.code(), "", c.count()));
		csv.row("sdg1642", "", "", report.sdg1642());
		report.recoveryAreas().forEach(c -> csv.row("recoveryAreas", c.area(), "", c.count()));
		report.flows().forEach(f -> csv.row("flows", f.state(), f.area(), f.count()));
		if (report.criminalGroups() != null) {
			report.criminalGroups().forEach(g -> csv.row("criminalGroups", g.group(), g.name(), g.count()));
		}
		csv.row("legallyExported", "", "", report.legallyExported());
		if (report.previousPeriod() != null) {
			var before = report.previousPeriod();
			csv.row("previousPeriod", "from", "", before.from());
			csv.row("previousPeriod", "to", "", before.to());
			csv.row("previousPeriod", "recovered", "", before.recovered());
			csv.row("previousPeriod", "traced", "", before.traced());
			csv.row("previousPeriod", "usSourced", "", before.usSourced());
			csv.row("previousPeriod", "sdg1642", "", before.sdg1642());
			csv.row("change", "recovered", "", report.change().recovered());
			csv.row("change", "traced", "", report.change().traced());
			csv.row("change", "usSourced", "", report.change().usSourced());
			csv.row("change", "sdg1642Points", "", report.change().sdg1642Points());
		}
		if (report.domesticDiversion() != null) {
			csv.row("domesticDiversion", "total", "", report.domesticDiversion().total());
			report.domesticDiversion().byHolderType().forEach((holder, count) -> csv.row("domesticDiversion", "byHolderType", holder, count));
			csv.row("domesticDiversion", "reportedStolen", "", report.domesticDiversion().reportedStolen());
		}
		if (report.grantedByOtherInstallations() != null) {
			report.grantedByOtherInstallations().forEach(g -> {
				csv.row("grantedByOtherInstallations", g.source(), "recovered", g.recovered());
				csv.row("grantedByOtherInstallations", g.source(), "traced", g.traced());
			});
		}
		csv.row("method", "", "", report.method());
		csv.row("caveat", "", "", report.caveat());
		return csv.out.toString();
	}

	private void map(String section, Map<String, Long> counts) {
		counts.forEach((key, value) -> row(section, key, "", value));
	}

	private void row(String section, String key, String detail, Object value) {
		out.append(field(section)).append(',').append(field(key)).append(',').append(field(detail)).append(',')
			.append(field(value == null ? "" : value.toString())).append('\n');
	}

	/** A cell as every CSV of IronTrace writes it: neutralised against formulas, quoted as RFC 4180 says. */
	static String field(String value) {
		return CsvCells.cell(value);
	}
}
