package org.irontrace.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures pooled from what other installations' agencies grant the caller's agency
 * (every agency's for the operators): recoveries, traces, the US-sourced share, the source states and
 * ATF's time-to-crime buckets ({@code dashboard_ttc_bucket}, the dashboard's own), each figure with
 * how much of it each source ({@code NAME:AGENCY}) gave. They are counted from the granted records as
 * their owners last sent them (traces only where the agreement grants TRACES); a source that grants
 * counts only (AGGREGATES_ONLY) has no traces to pool and is left to the regional counts.
 */
@Component
public class RegionalFigures {

	private static final String FIGURES = """
			WITH mine AS (
			    SELECT installation, agreement_id FROM foreign_agreement WHERE :all OR grantee_agency = :agency
			), held AS (
			    SELECT DISTINCT ON (r.installation, r.owner_agency, r.recovery_id) r.installation || ':' || r.owner_agency AS source,
			           r.trace_status, r.us_sourced, r.time_to_crime_days, r.source_state
			    FROM foreign_recovery r JOIN mine USING (installation, agreement_id)
			    ORDER BY r.installation, r.owner_agency, r.recovery_id, r.traced_at DESC NULLS LAST
			)
			SELECT source, 'RECOVERED' AS figure, NULL AS key, count(*) AS n FROM held GROUP BY source
			UNION ALL
			SELECT source, 'TRACED', NULL, count(trace_status) FROM held GROUP BY source
			UNION ALL
			SELECT source, 'US_SOURCED', NULL, count(*) FILTER (WHERE us_sourced) FROM held GROUP BY source
			UNION ALL
			SELECT source, 'ESTABLISHED', NULL, count(us_sourced) FROM held GROUP BY source
			UNION ALL
			SELECT source, 'SOURCE_STATE', source_state, count(*) FROM held WHERE source_state IS NOT NULL
			GROUP BY source, source_state
			UNION ALL
			SELECT source, 'TIME_TO_CRIME', CAST(dashboard_ttc_bucket(time_to_crime_days) AS text), count(*) FROM held
			WHERE time_to_crime_days IS NOT NULL GROUP BY source, dashboard_ttc_bucket(time_to_crime_days)
			ORDER BY 1, 2, 3
			""";

	private final JdbcClient jdbc;

	private final SharingScopes scopes;

	RegionalFigures(JdbcClient jdbc, SharingScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	/** The pooled figures of every source granting the caller's agency records. */
	public PooledFigures pooledFor(Caller caller) {
		Map<String, SourceFigures> sources = new TreeMap<>();
		Map<String, Map<String, Long>> states = new TreeMap<>();
		Map<String, Map<String, Long>> buckets = new TreeMap<>();
		jdbc.sql(FIGURES)
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new Row(rs.getString("source"), rs.getString("figure"), rs.getString("key"), rs.getLong("n")))
			.list()
			.forEach(row -> {
				switch (row.figure()) {
					case "SOURCE_STATE" -> states.computeIfAbsent(row.key(), k -> new TreeMap<>()).put(row.source(), row.n());
					case "TIME_TO_CRIME" -> buckets.computeIfAbsent(row.key(), k -> new TreeMap<>()).put(row.source(), row.n());
					default -> sources.put(row.source(), sources.getOrDefault(row.source(), SourceFigures.none(row.source()))
						.with(row.figure(), row.n()));
				}
			});
		List<SourceFigures> bySource = List.copyOf(sources.values());
		return new PooledFigures(sum(bySource, SourceFigures::recovered), sum(bySource, SourceFigures::traced),
				sum(bySource, SourceFigures::usSourced), sum(bySource, SourceFigures::established), bySource,
				sourced(states, true), sourced(buckets, false));
	}

	private static long sum(List<SourceFigures> sources, java.util.function.ToLongFunction<SourceFigures> figure) {
		return sources.stream().mapToLong(figure).sum();
	}

	/** Each key with its total and its part per source; most first, or in the keys' order. */
	private static List<SourcedFigure> sourced(Map<String, Map<String, Long>> perKey, boolean mostFirst) {
		List<SourcedFigure> figures = new ArrayList<>();
		perKey.forEach((key, perSource) -> figures.add(new SourcedFigure(key,
				perSource.values().stream().mapToLong(Long::longValue).sum(), new LinkedHashMap<>(perSource))));
		if (mostFirst) {
			figures.sort(java.util.Comparator.comparingLong(SourcedFigure::count).reversed());
		}
		return figures;
	}

	private record Row(String source, String figure, String key, long n) {
	}

	/**
	 * The pooled dashboard figures and where each comes from.
	 *
	 * @param established traced guns with an established origin (US-sourced or not), the share's base
	 * @param sourceStates US states of first retail sale, most first, each with its part per source
	 * @param timeToCrime ATF's six buckets (0 to 5) that any source filled, each with its part per source
	 */
	public record PooledFigures(long recovered, long traced, long usSourced, long established,
			List<SourceFigures> sources, List<SourcedFigure> sourceStates, List<SourcedFigure> timeToCrime) {

		/** The share of traced guns with an established origin that came from a US retail sale, or null. */
		public Double usSourcedShare() {
			return established == 0 ? null : (double) usSourced / established;
		}
	}

	/** One source's figures ({@code NAME:AGENCY}: the installation that holds them and its agency). */
	public record SourceFigures(String source, long recovered, long traced, long usSourced, long established) {

		static SourceFigures none(String source) {
			return new SourceFigures(source, 0, 0, 0, 0);
		}

		SourceFigures with(String figure, long n) {
			return switch (figure) {
				case "RECOVERED" -> new SourceFigures(source, n, traced, usSourced, established);
				case "TRACED" -> new SourceFigures(source, recovered, n, usSourced, established);
				case "US_SOURCED" -> new SourceFigures(source, recovered, traced, n, established);
				default -> new SourceFigures(source, recovered, traced, usSourced, n);
			};
		}

		/** The installation that holds these records. */
		public String installation() {
			return source.substring(0, source.indexOf(':'));
		}

		/** The agency that owns them, at its installation. */
		public String ownerAgency() {
			return source.substring(source.indexOf(':') + 1);
		}

		public Double usSourcedShare() {
			return established == 0 ? null : (double) usSourced / established;
		}
	}

	/** A figure (a state, a time-to-crime bucket), its total and its part per source. */
	public record SourcedFigure(String key, long count, Map<String, Long> sources) {
	}
}
