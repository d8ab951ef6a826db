package org.irontrace.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The recoveries report of FORMATS.md (Reports API, version 1), field for field, followed by the
 * optional fields of the full report: the region, recovery areas, the source-to-recovery flows,
 * the previous period and the change against it, the method and the caveat; then FORMATS version 2's
 * criminal groups, the guns traced to a legal export ({@code legallyExported}: recoveries whose
 * current trace's custody chain holds an {@code EXPORTED} event, counted apart from trafficked ones)
 * and the guns diverted from the recovering country's own registry.
 */
public record RecoveryReport(String country, LocalDate from, LocalDate to, LocalDate asOf, long recovered,
		long traced, Outcomes outcomes, Map<String, Long> statuses, Map<String, Long> notTracedReasons,
		Map<String, Long> partialReasons, List<StateCount> sourceStates, List<TypeCount> firearmTypes,
		List<CalibreCount> calibres, List<ManufacturerCount> manufacturers, TimeToCrime timeToCrime,
		List<CodeCount> crimeCodes, Double sdg1642, String region, List<AreaCount> recoveryAreas, List<Flow> flows,
		Headline previousPeriod, Change change, String method, String caveat, List<GroupCount> criminalGroups,
		Long legallyExported, DomesticDiversion domesticDiversion, List<SourceCount> grantedByOtherInstallations) {

	/** The same report with the domestic diversion counted (null before it is). */
	public RecoveryReport withDomesticDiversion(DomesticDiversion diversion) {
		return new RecoveryReport(country, from, to, asOf, recovered, traced, outcomes, statuses, notTracedReasons,
				partialReasons, sourceStates, firearmTypes, calibres, manufacturers, timeToCrime, crimeCodes, sdg1642, region,
				recoveryAreas, flows, previousPeriod, change, method, caveat, criminalGroups, legallyExported, diversion,
				grantedByOtherInstallations);
	}

	/**
	 * The same report saying how many of its recoveries each other installation's agency granted
	 * (null when none did): every figure above counts them, and this is where they come from.
	 */
	public RecoveryReport withGrantedByOtherInstallations(List<SourceCount> sources) {
		return new RecoveryReport(country, from, to, asOf, recovered, traced, outcomes, statuses, notTracedReasons,
				partialReasons, sourceStates, firearmTypes, calibres, manufacturers, timeToCrime, crimeCodes, sdg1642, region,
				recoveryAreas, flows, previousPeriod, change, method, caveat, criminalGroups, legallyExported,
				domesticDiversion, sources == null || sources.isEmpty() ? null : List.copyOf(sources));
	}

	/**
	 * Recoveries of the period another installation's agency granted and this report counts:
	 * {@code source} is {@code NAME:AGENCY}, as the granted records are written everywhere here.
	 */
	public record SourceCount(String source, String installation, String agency, long recovered, long traced) {
	}

	/**
	 * Recoveries of the period whose gun the recovering country's own registry holds: diverted at
	 * home, counted apart from US-sourced and other foreign guns, by the kind of holder it was
	 * registered to, and how many the registry had reported stolen.
	 */
	public record DomesticDiversion(long total, Map<String, Long> byHolderType, long reportedStolen) {
	}

	/**
	 * Recoveries the agencies attributed to a criminal group: the catalogue's key and English name
	 * (for a group the catalogue does not know, its folded name as both), largest first.
	 */
	public record GroupCount(String group, String name, long count) {
	}

	/** Traced recoveries split by the latest result's {@code usSourced}: true, false, null. */
	public record Outcomes(long usSourced, long nonUsSourced, long undetermined) {
	}

	public record StateCount(String state, long count) {
	}

	public record TypeCount(String type, long count) {
	}

	public record CalibreCount(String calibre, long count) {
	}

	public record ManufacturerCount(String manufacturer, long count) {
	}

	public record CodeCount(String code, long count) {
	}

	public record AreaCount(String area, long count) {
	}

	/** Guns first sold at retail in {@code state} and recovered in {@code area}. */
	public record Flow(String state, String area, long count) {
	}

	/**
	 * Time-to-crime in ATF's buckets (days from first retail sale to recovery): [0, 91), [91, 213),
	 * [213, 365), [365, 730), [730, 1095), 1095 and more.
	 */
	public record TimeToCrime(long lessThan3Months, long from3To7Months, long from7To12Months, long from1To2Years,
			long from2To3Years, long over3Years, Integer medianDays, Double meanDays) {
	}

	/** The headline figures of a period. */
	public record Headline(LocalDate from, LocalDate to, long recovered, long traced, long usSourced,
			Double sdg1642) {
	}

	/** This period minus the previous one; shares in percentage points. */
	public record Change(long recovered, long traced, long usSourced, Double sdg1642Points) {
	}
}
