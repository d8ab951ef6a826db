package org.irontrace.report;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.report.RecoveryReport.TimeToCrime;

/**
 * The figures of the analyst's dashboard and map, every one an aggregate computed by PostgreSQL
 * over the recoveries the caller may see: no recovery leaves the database.
 *
 * @param recovered recoveries counted
 * @param traced those with a trace result
 * @param usSourced traced to a first retail sale in the United States (latest result)
 * @param established traced with an established origin (US-sourced or not)
 * @param located recoveries with coordinates
 * @param placed recoveries naming their state or department
 * @param months recoveries and traces per month of recovery, in order
 * @param sourceStates US states of first retail sale, most recoveries first (all of them)
 * @param makers makers (as traced, else as described), the {@link RecoveryDashboard#TOP} most frequent
 * @param calibres calibre families (else calibres as written), the {@link RecoveryDashboard#TOP} most frequent
 * @param timeToCrime ATF's time-to-crime buckets (their median and mean left empty: the reports give them)
 * @param countries recovering countries, most first
 * @param places recovering country and place, most first
 * @param flows US source state to recovering country and place, most first
 * @param points recoveries with coordinates, pooled by tenth of a degree, most first
 * @param crimeCodes crime codes, most first
 * @param criminalGroups the criminal groups the agencies attributed the guns to, by catalogue key, most
 *     first (recoveries attributed to none left out)
 * @param firearmTypes firearm types (as traced, else as described), the {@link RecoveryDashboard#TOP} most frequent
 */
public record DashboardFigures(LocalDate from, LocalDate to, long recovered, long traced, long usSourced,
		long established, long located, long placed, List<Month> months, List<Count> sourceStates,
		List<Count> makers, List<Count> calibres, TimeToCrime timeToCrime, List<Count> countries,
		List<Place> places, List<Flow> flows, List<Point> points, List<Count> crimeCodes,
		List<Count> criminalGroups, List<Count> firearmTypes) {

	/** The share of traced guns with an established origin that came from a US retail sale, or null. */
	public Double usSourcedShare() {
		return established == 0 ? null : (double) usSourced / established;
	}

	/** A month ({@code 2024-03}) and its recoveries and traces. */
	public record Month(String month, long recovered, long traced) {
	}

	/** A named group and its recoveries; {@code key} null stands for "not known". */
	public record Count(String key, long count) {
	}

	/** A recovering country and the state or department the recovery names (null when it names none). */
	public record Place(String country, String place, long count) {
	}

	/** Guns first sold at retail in {@code state} and recovered in {@code country}, {@code place}. */
	public record Flow(String state, String country, String place, long count) {
	}

	/** Recoveries whose coordinates round to this latitude and longitude (a tenth of a degree). */
	public record Point(double latitude, double longitude, long count) {
	}
}
