package org.irontrace.webapp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.platform.NotFoundException;
import org.irontrace.report.DashboardFigures;
import org.irontrace.report.RecoveryDashboard;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each table under a dashboard chart taken away as a CSV file, with the same filters, column
 * headings in the page's language and its figures written for a spreadsheet of the page's country
 * ({@link CsvConventions}).
 */
@Controller
class DashboardTables {

	/** The charts, by the names of the page's {@code data-chart} attributes. */
	static final List<String> CHARTS = List.of("overTime", "origin", "sourceStates", "makers", "calibres", "timeToCrime",
			"criminalGroups", "firearmTypes");

	private final RecoveryDashboard dashboard;

	private final MessageSource messages;

	private final DashboardWords names;

	DashboardTables(RecoveryDashboard dashboard, MessageSource messages, DashboardWords names) {
		this.dashboard = dashboard;
		this.messages = messages;
		this.names = names;
	}

	/** Where each chart's table is downloaded from, keeping the page's filters. */
	static Map<String, String> links(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		CHARTS.forEach(chart -> links.put(chart, UriComponentsBuilder.fromPath("/app/dashboard/" + chart + ".csv")
			.query(request.getQueryString())
			.build()
			.toUriString()));
		return links;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/dashboard/{chart}.csv")
	ResponseEntity<byte[]> table(@PathVariable String chart, HttpServletRequest request) {
		if (!CHARTS.contains(chart)) {
			throw new NotFoundException("No chart " + chart);
		}
		DashboardFilters filters = DashboardFilters.of(request, dashboard.agenciesForCaller());
		DashboardFigures figures = dashboard.figuresForCaller(filters.request());
		Locale language = LocaleContextHolder.getLocale();
		CsvConventions csv = CsvConventions.of(language);
		StringBuilder out = new StringBuilder();
		for (List<Object> row : rows(chart, figures, language)) {
			out.append(csv.row(row));
		}
		String name = "dashboard-" + chart + "-" + filters.from() + "-" + filters.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The heading row, then the rows as the page's table shows them. */
	private List<List<Object>> rows(String chart, DashboardFigures figures, Locale language) {
		List<List<Object>> rows = new ArrayList<>();
		switch (chart) {
			case "overTime" -> {
				rows.add(words(language, "dashboard.chart.month", "dashboard.chart.recovered", "dashboard.chart.traced"));
				figures.months().forEach(m -> rows.add(List.of(m.month(), shown(m.recovered(), language),
						shown(m.traced(), language))));
			}
			case "origin" -> {
				rows.add(words(language, "dashboard.col.origin", "dashboard.chart.count"));
				rows.add(List.of(word("dashboard.chart.usSourced", language), shown(figures.usSourced(), language)));
				rows.add(List.of(word("dashboard.chart.notUsSourced", language), shown(figures.notUsSourced(), language)));
			}
			case "timeToCrime" -> {
				rows.add(words(language, "dashboard.chart.bucket", "dashboard.chart.count"));
				DashboardPage.timeToCrime(figures).forEach(bucket -> rows.add(
						List.of(word("dashboard.chart.ttc" + bucket.key(), language), shown(bucket.count(), language))));
			}
			case "criminalGroups" -> {
				rows.add(words(language, "dashboard.col.criminalGroups", "dashboard.chart.count"));
				names.criminalGroups(figures).forEach(group -> rows.add(List.of(group.name(), shown(group.count(), language))));
			}
			case "firearmTypes" -> {
				rows.add(words(language, "dashboard.col.firearmTypes", "dashboard.chart.count"));
				names.firearmTypes(figures).forEach(type -> rows.add(List.of(type.name(), shown(type.count(), language))));
			}
			default -> {
				rows.add(words(language, "dashboard.col." + chart, "dashboard.chart.count"));
				List<DashboardFigures.Count> groups = switch (chart) {
					case "sourceStates" -> figures.sourceStates().stream().limit(RecoveryDashboard.TOP).toList();
					case "makers" -> figures.makers();
					default -> figures.calibres();
				};
				groups.forEach(group -> rows.add(java.util.Arrays.asList(group.key(), shown(group.count(), language))));
			}
		}
		return rows;
	}

	/** A figure, or the word for a suppressed one (the page's "withheld"). */
	private Object shown(Long count, Locale language) {
		return count == null ? word("dashboard.suppressed", language) : count;
	}

	private List<Object> words(Locale language, String... keys) {
		List<Object> words = new ArrayList<>();
		for (String key : keys) {
			words.add(word(key, language));
		}
		return words;
	}

	private String word(String key, Locale language) {
		return messages.getMessage(key, null, language);
	}
}
