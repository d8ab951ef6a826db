package org.irontrace.webapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.Callers;
import org.irontrace.federation.RegionalFigures;
import org.irontrace.report.DashboardFigures;
import org.irontrace.report.RecoveryDashboard;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: recoveries and traces over time, the US-sourced share, the top source states,
 * makers and calibres, time-to-crime, firearm types and the criminal groups the guns were attributed to, over what the caller may see, filtered by the query.
 * Every figure is counted by the database ({@link RecoveryDashboard}); the page draws the charts
 * from a JSON block of those figures and the same figures are tables for those who cannot see them.
 * What other installations' agencies grant the caller's agency is pooled apart below them
 * ({@link RegionalFigures}), each row naming its source, so no figure mixes owners unseen.
 */
@Controller
class DashboardPage {

	private final RecoveryDashboard dashboard;

	private final DashboardWords words;

	private final RegionalFigures granted;

	private final Callers callers;

	DashboardPage(RecoveryDashboard dashboard, DashboardWords words, RegionalFigures granted, Callers callers) {
		this.dashboard = dashboard;
		this.words = words;
		this.granted = granted;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/dashboard")
	String dashboard(HttpServletRequest request, Model model) {
		List<String> agencies = dashboard.agenciesForCaller();
		DashboardFilters filters = DashboardFilters.of(request, agencies);
		DashboardFigures figures = dashboard.figuresForCaller(filters.request());
		model.addAttribute("filters", filters);
		model.addAttribute("agencies", agencies);
		model.addAttribute("countryPicker", CountryPicker.in(LocaleContextHolder.getLocale()));
		model.addAttribute("statePicker", StatePicker.in(LocaleContextHolder.getLocale(), filters.country(), filters.place()));
		model.addAttribute("groupChoices", words.groupChoices(figures, filters));
		model.addAttribute("figures", figures);
		model.addAttribute("granted", granted.pooledFor(callers.current()));
		model.addAttribute("smallestShown", DashboardFigures.SMALLEST_SHOWN);
		model.addAttribute("names", words.names(figures, filters));
		model.addAttribute("tableLinks", DashboardTables.links(request));
		List<DashboardFigures.Count> timeToCrime = timeToCrime(figures);
		model.addAttribute("timeToCrime", timeToCrime);
		model.addAttribute("criminalGroups", words.criminalGroups(figures));
		model.addAttribute("firearmTypes", words.firearmTypes(figures));
		List<DashboardFigures.Count> topSourceStates = figures.sourceStates().stream().limit(RecoveryDashboard.TOP).toList();
		model.addAttribute("tops", Map.of("sourceStates", topSourceStates, "makers", figures.makers(),
				"calibres", figures.calibres()));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("lang", words.language());
		data.put("words", words.forScripts("dashboard.chart."));
		data.put("figures", figures);
		data.put("topSourceStates", topSourceStates);
		data.put("timeToCrime", timeToCrime);
		data.put("criminalGroups", words.criminalGroups(figures));
		data.put("firearmTypes", words.firearmTypes(figures));
		data.put("names", words.names(figures, filters));
		model.addAttribute("data", words.json(data));
		return "webapp/dashboard";
	}

	/** ATF's six time-to-crime buckets, keyed 0 to 5 (their names are dashboard.chart.ttc0 to ttc5). */
	static List<DashboardFigures.Count> timeToCrime(DashboardFigures figures) {
		return figures.timeToCrime();
	}
}
