package org.irontrace.report;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.report.opendata.CellSuppression;

/**
 * The figures of the analyst's dashboard and map, every one an aggregate computed by PostgreSQL
 * over the recoveries the caller may see: no recovery leaves the database. A figure is null (and
 * its row marked {@code suppressed}) where the part of it that comes from agencies sharing only
 * figures with the caller is too small to show ({@link FiguresOnlySuppression}); for everyone else
 * every figure is exact.
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
 * @param timeToCrime ATF's six time-to-crime buckets, keyed 0 to 5 (no median or mean: the reports give them)
 * @param countries recovering countries, most first
 * @param places recovering country and place, most first
 * @param flows US source state to recovering country and place, most first (only the agencies whose
 *     records the caller sees when some share only figures with it: {@code flowsOfRecordsSeen})
 * @param points recoveries with coordinates, pooled by tenth of a degree, most first (suppressed ones left out)
 * @param crimeCodes crime codes, most first
 * @param criminalGroups the criminal groups the agencies attributed the guns to, by catalogue key, most
 *     first (recoveries attributed to none left out)
 * @param firearmTypes firearm types (as traced, else as described), the {@link RecoveryDashboard#TOP} most frequent
 * @param suppressed whether any figure is suppressed
 * @param flowsOfRecordsSeen whether the flows leave out agencies that share only figures with the caller
 */
public record DashboardFigures(LocalDate from, LocalDate to, Long recovered, Long traced, Long usSourced,
		Long established, Long located, Long placed, List<Month> months, List<Count> sourceStates,
		List<Count> makers, List<Count> calibres, List<Count> timeToCrime, List<Count> countries,
		List<Place> places, List<Flow> flows, List<Point> points, List<Count> crimeCodes,
		List<Count> criminalGroups, List<Count> firearmTypes, boolean suppressed, boolean flowsOfRecordsSeen) {

	/** Below this many recoveries of agencies sharing only figures, a figure is suppressed (as in the published reports). */
	public static final int SMALLEST_SHOWN = CellSuppression.SMALLEST_PUBLISHED;

	/** The share of traced guns with an established origin that came from a US retail sale, or null. */
	public Double usSourcedShare() {
		return usSourced == null || established == null || established == 0 ? null : (double) usSourced / established;
	}

	/** Traced guns with an established origin not in the United States, or null when suppressed. */
	public Long notUsSourced() {
		return usSourced == null || established == null ? null : established - usSourced;
	}

	/** Recoveries without coordinates, or null when suppressed. */
	public Long unlocated() {
		return recovered == null || located == null ? null : recovered - located;
	}

	/** Recoveries naming no state or department, or null when suppressed. */
	public Long unplaced() {
		return recovered == null || placed == null ? null : recovered - placed;
	}

	/** A month ({@code 2024-03}) and its recoveries and traces, each null when suppressed. */
	public record Month(String month, Long recovered, Long traced, boolean suppressed) {
	}

	/** A named group and its recoveries ({@code count} null when suppressed); {@code key} null stands for "not known". */
	public record Count(String key, Long count, boolean suppressed) {
	}

	/** A recovering country and the state or department the recovery names (null when it names none). */
	public record Place(String country, String place, Long count, boolean suppressed) {
	}

	/** Guns first sold at retail in {@code state} and recovered in {@code country}, {@code place}. */
	public record Flow(String state, String country, String place, long count) {
	}

	/** Recoveries whose coordinates round to this latitude and longitude (a tenth of a degree). */
	public record Point(double latitude, double longitude, long count) {
	}
}
