package org.irontrace.webapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.report.DashboardFigures;
import org.irontrace.report.RecoveryDashboard;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The map: recoveries by country and place, guns by US state of first retail sale, recoveries at
 * their coordinates, and the flows from source state to place of recovery, with the dashboard's
 * filters. Outlines come from the world-atlas and us-atlas files served with the page (no tile
 * server: the application must work without a network); every figure is also in a table.
 */
@Controller
class MapPage {

	/** How many coordinate clusters the table lists (the map draws them all). */
	static final int POINTS_LISTED = 50;

	private final RecoveryDashboard dashboard;

	private final DashboardWords words;

	MapPage(RecoveryDashboard dashboard, DashboardWords words) {
		this.dashboard = dashboard;
		this.words = words;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/map")
	String map(HttpServletRequest request, Model model) {
		List<String> agencies = dashboard.agenciesForCaller();
		DashboardFilters filters = DashboardFilters.of(request, agencies);
		DashboardFigures figures = dashboard.figuresForCaller(filters.request());
		Map<String, String> names = new java.util.HashMap<>(words.names(figures, filters));
		// The source states and the places of the flows by name in the page's language, not by code.
		Locale language = LocaleContextHolder.getLocale();
		figures.sourceStates().forEach(state -> names.putIfAbsent("state." + state.key(), StatePicker.nameOf(state.key(), language)));
		figures.flows().forEach(flow -> {
			names.putIfAbsent("state." + flow.state(), StatePicker.nameOf(flow.state(), language));
			if (flow.place() != null) {
				// Keyed by country too: a Haitian department's code may be a US state's (AR, ND, NE, SD).
				names.putIfAbsent("place." + flow.country() + "." + flow.place(),
						StatePicker.nameOf(flow.country(), flow.place(), language));
			}
		});
		figures.places()
			.stream()
			.filter(place -> place.place() != null)
			.forEach(place -> names.putIfAbsent("place." + place.country() + "." + place.place(),
					StatePicker.nameOf(place.country(), place.place(), language)));
		List<MapPlace> places = figures.places().stream().map(MapPlace::of).toList();
		// The map draws only figures shown: a suppressed one is a row of the tables, not a shape.
		model.addAttribute("filters", filters);
		model.addAttribute("countryPicker", CountryPicker.in(LocaleContextHolder.getLocale()));
		model.addAttribute("statePicker", StatePicker.in(LocaleContextHolder.getLocale(), filters.country(), filters.place()));
		model.addAttribute("agencies", agencies);
		model.addAttribute("groupChoices", words.groupChoices(figures, filters));
		model.addAttribute("figures", figures);
		model.addAttribute("smallestShown", DashboardFigures.SMALLEST_SHOWN);
		model.addAttribute("names", names);
		model.addAttribute("places", places);
		model.addAttribute("listedPoints", figures.points().stream().limit(POINTS_LISTED).toList());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("lang", words.language());
		data.put("words", words.forScripts("dashboard.map.js."));
		data.put("countries", figures.countries().stream().filter(c -> !c.suppressed()).toList());
		data.put("sourceStates", figures.sourceStates().stream().filter(s -> !s.suppressed()).toList());
		data.put("places", places.stream().filter(p -> p.count() != null).toList());
		data.put("flows", figures.flows());
		data.put("points", figures.points());
		data.put("names", names);
		model.addAttribute("data", words.json(data));
		return "webapp/map";
	}

	/** A place of recovery and where the map puts it: its listed centre, else its country's. */
	record MapPlace(String id, String country, String place, Long count, Double latitude, Double longitude) {

		static MapPlace of(DashboardFigures.Place place) {
			double[] centre = MapPlaceCentres.centreOf(place.country(), place.place());
			return new MapPlace(place.country() + "/" + (place.place() == null ? "" : place.place()), place.country(),
					place.place(), place.count(), centre == null ? null : centre[0], centre == null ? null : centre[1]);
		}
	}
}
