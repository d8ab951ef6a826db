package org.irontrace.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.irontrace.report.RecoveryReport;
import org.irontrace.report.web.BarChart.Bar;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as a page and as a PDF, both from one Thymeleaf template so they show the same numbers.
 * Charts are inline SVG in both (the PDF renderer draws SVG through Batik), each followed by a
 * table of its numbers for readers who cannot see the chart.
 */
@Component
public class ReportDocuments {

	/** Charts show the largest groups; the tables and the CSV list every group. */
	static final int TOP = 10;

	private final TemplateEngine templates;

	ReportDocuments(TemplateEngine templates) {
		this.templates = templates;
	}

	public String csv(RecoveryReport report) {
		return ReportCsv.of(report);
	}

	public String html(RecoveryReport report) {
		return render(report, false);
	}

	public byte[] pdf(RecoveryReport report) {
		String xhtml = render(report, true);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String render(RecoveryReport report, boolean pdf) {
		Context context = new Context();
		context.setVariable("report", report);
		context.setVariable("pdf", pdf);
		context.setVariable("charts", charts(report));
		context.setVariable("flows", report.flows().stream().limit(2L * TOP).toList());
		return templates.process("report/recoveries", context);
	}

	static List<BarChart> charts(RecoveryReport report) {
		List<BarChart> charts = new ArrayList<>();
		var o = report.outcomes();
		charts.add(new BarChart("Outcomes of traced guns", List.of(new Bar("US-sourced", o.usSourced()),
				new Bar("Not US-sourced", o.nonUsSourced()), new Bar("Undetermined", o.undetermined()))));
		charts.add(new BarChart("Trace statuses", bars(report.statuses())));
		charts.add(new BarChart("Top source states (first retail sale)",
				report.sourceStates().stream().limit(TOP).map(c -> new Bar(c.state(), c.count())).toList()));
		var t = report.timeToCrime();
		charts.add(new BarChart("Time-to-crime", List.of(new Bar("< 3 months", t.lessThan3Months()),
				new Bar("3-7 months", t.from3To7Months()), new Bar("7-12 months", t.from7To12Months()),
				new Bar("1-2 years", t.from1To2Years()), new Bar("2-3 years", t.from2To3Years()),
				new Bar("3 years +", t.over3Years()))));
		charts.add(new BarChart("Firearm types",
				report.firearmTypes().stream().limit(TOP).map(c -> new Bar(c.type(), c.count())).toList()));
		charts.add(new BarChart("Top calibres",
				report.calibres().stream().limit(TOP).map(c -> new Bar(c.calibre(), c.count())).toList()));
		charts.add(new BarChart("Top makers",
				report.manufacturers().stream().limit(TOP).map(c -> new Bar(c.manufacturer(), c.count())).toList()));
		charts.add(new BarChart("Crime codes",
				report.crimeCodes().stream().limit(TOP).map(c -> new Bar(c.code(), c.count())).toList()));
		charts.add(new BarChart("Top recovery areas",
				report.recoveryAreas().stream().limit(TOP).map(c -> new Bar(c.area(), c.count())).toList()));
		if (report.domesticDiversion() != null && report.domesticDiversion().total() > 0) {
			charts.add(new BarChart("Diverted from the country's own registry, by holder",
					bars(report.domesticDiversion().byHolderType())));
		}
		if (report.criminalGroups() != null && !report.criminalGroups().isEmpty()) {
			// Only where agencies name groups: most reports have none, and an empty chart says nothing.
			charts.add(new BarChart("Criminal groups named by the agencies",
					report.criminalGroups().stream().limit(TOP).map(g -> new Bar(g.name(), g.count())).toList()));
		}
		return charts;
	}

	private static List<Bar> bars(Map<String, Long> counts) {
		return counts.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList();
	}
}
