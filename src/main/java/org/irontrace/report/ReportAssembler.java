package org.irontrace.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.irontrace.catalog.Calibre;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.Manufacturer;
import org.irontrace.report.RecoveryReport.*;
import org.springframework.stereotype.Component;

/** Turns the database's grouped counts into the report, largest groups first. */
@Component
class ReportAssembler {

	static final String UNKNOWN = "UNKNOWN";

	private final Catalog catalog;

	ReportAssembler(Catalog catalog) {
		this.catalog = catalog;
	}

	RecoveryReport assemble(ReportRequest request, LocalDate asOf, Map<Facet, List<FactRow>> facts, FactRow previous) {
		FactRow total = facts.get(Facet.TOTAL).isEmpty() ? new FactRow(Map.of(), 0, 0, 0, 0, 0)
				: facts.get(Facet.TOTAL).get(0);
		Map<String, Long> outcomes = counted(facts.get(Facet.OUTCOMES), row -> row.key("outcome"));
		Map<String, Long> statuses = new LinkedHashMap<>();
		for (String status : List.of("COMPLETED", "PARTIAL", "NOT_TRACED")) {
			statuses.put(status, 0L);
		}
		Map<String, Long> notTraced = new HashMap<>();
		Map<String, Long> partial = new HashMap<>();
		for (FactRow row : facts.get(Facet.STATUSES)) {
			String status = row.key("status");
			if (status == null) {
				continue;
			}
			statuses.merge(status, row.recovered(), Long::sum);
			String reason = row.key("reason") == null ? UNKNOWN : row.key("reason");
			if (status.equals("NOT_TRACED")) {
				notTraced.merge(reason, row.recovered(), Long::sum);
			}
			else if (status.equals("PARTIAL")) {
				partial.merge(reason, row.recovered(), Long::sum);
			}
		}
		Map<Integer, Long> ttc = new HashMap<>();
		facts.get(Facet.TIME_TO_CRIME).stream().filter(row -> row.keys().get("ttc") != null)
			.forEach(row -> ttc.merge(((Number) row.keys().get("ttc")).intValue(), row.recovered(), Long::sum));
		Double sdg = TimeToCrimeBuckets.round(total.established(), total.recovered(), 4);
		Headline before = previous == null ? null : headline(request.previousPeriod(), previous);
		Change change = before == null ? null : new Change(total.recovered() - before.recovered(),
				total.traced() - before.traced(), outcomes.getOrDefault("US_SOURCED", 0L) - before.usSourced(),
				sdg == null || before.sdg1642() == null ? null : points(sdg, before.sdg1642()));
		return new RecoveryReport(request.country(), request.from(), request.to(), asOf, total.recovered(),
				total.traced(), new Outcomes(outcomes.getOrDefault("US_SOURCED", 0L),
						outcomes.getOrDefault("NON_US_SOURCED", 0L), outcomes.getOrDefault("UNDETERMINED", 0L)),
				statuses, largestFirst(notTraced), largestFirst(partial),
				list(counted(facts.get(Facet.SOURCE_STATES), row -> row.key("source_state")), StateCount::new),
				list(counted(facts.get(Facet.FIREARM_TYPES), row -> row.key("firearm_type")), TypeCount::new),
				list(counted(facts.get(Facet.CALIBRES), this::calibre), CalibreCount::new),
				list(counted(facts.get(Facet.MANUFACTURERS), this::maker), ManufacturerCount::new),
				TimeToCrimeBuckets.of(ttc),
				list(counted(facts.get(Facet.CRIME_CODES), row -> row.key("crime_code")), CodeCount::new), sdg,
				request.region(), list(counted(facts.get(Facet.RECOVERY_AREAS), row -> row.key("admin_area")), AreaCount::new),
				flows(facts.get(Facet.FLOWS)), before, change, ReportMethod.METHOD, ReportMethod.CAVEAT,
				list(counted(facts.get(Facet.CRIMINAL_GROUPS), row -> row.key("criminal_group")),
						(key, count) -> new GroupCount(key, catalog.criminalGroupOfKey(key).name(), count)),
				facts.get(Facet.LEGALLY_EXPORTED).stream().filter(row -> Boolean.TRUE.equals(row.keys().get("exported")))
					.mapToLong(FactRow::recovered).sum(), null, null);
	}

	static Headline headline(ReportRequest period, FactRow row) {
		return new Headline(period.from(), period.to(), row.recovered(), row.traced(),
				((Number) row.keys().get("usSourced")).longValue(), TimeToCrimeBuckets.round(row.established(), row.recovered(), 4));
	}

	private static double points(double now, double before) {
		return java.math.BigDecimal.valueOf(now).subtract(java.math.BigDecimal.valueOf(before)).movePointRight(2)
			.setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
	}

	/** The calibre family the agency wrote, else the family of the calibre the trace identified. */
	private String calibre(FactRow row) {
		if (row.key("calibre_family") != null) {
			return row.key("calibre_family");
		}
		Calibre traced = catalog.calibre(row.key("traced_calibre"));
		return traced == null ? UNKNOWN : traced.family();
	}

	/** The maker the trace identified (the catalogue's name), else the catalogue's name for what the agency wrote. */
	private String maker(FactRow row) {
		if (row.key("traced_maker") != null) {
			return row.key("traced_maker");
		}
		Manufacturer described = catalog.manufacturer(row.key("described_maker"));
		return described == null ? UNKNOWN : described.name();
	}

	/** Counts per key; groups with no key (the facet does not apply to them) are left out. */
	private static Map<String, Long> counted(List<FactRow> rows, Function<FactRow, String> key) {
		Map<String, Long> counts = new HashMap<>();
		for (FactRow row : rows) {
			String value = key.apply(row);
			if (value != null) {
				counts.merge(value, row.recovered(), Long::sum);
			}
		}
		return counts;
	}

	private static Map<String, Long> largestFirst(Map<String, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(LARGEST_FIRST).forEach(e -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

	private static <T> List<T> list(Map<String, Long> counts, BiFunction<String, Long, T> make) {
		return counts.entrySet().stream().sorted(LARGEST_FIRST).map(e -> make.apply(e.getKey(), e.getValue())).toList();
	}

	private static List<Flow> flows(List<FactRow> rows) {
		return rows.stream().filter(row -> row.key("source_state") != null)
			.map(row -> new Flow(row.key("source_state"), row.key("admin_area"), row.recovered()))
			.sorted(Comparator.comparingLong(Flow::count).reversed().thenComparing(Flow::state).thenComparing(Flow::area))
			.toList();
	}

	private static final Comparator<Map.Entry<String, Long>> LARGEST_FIRST = Map.Entry.<String, Long>comparingByValue()
		.reversed().thenComparing(Map.Entry.comparingByKey());
}
