package org.irontrace.interdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The interdiction module's facade: which shipments leaving in a period are best worth inspecting
 * and why, under which weights. Callers pass the visibility of records (shipments, scope RECOVERIES)
 * and of the link graph (scope LEADS) they hold; nothing is filtered after loading.
 */
@Service
public class Interdiction {

	private final TargetingQueries queries;

	private final JdbcClient jdbc;

	/** Learned weights per visibility, kept while no inspection is added. */
	private final Map<String, Learned> learned = new ConcurrentHashMap<>();

	private record Learned(String stamp, RiskWeights weights) {
	}

	Interdiction(TargetingQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	/** The shipments of a period (one origin port or all) ranked by risk, the riskiest first. */
	public TargetList listTargets(LocalDate from, LocalDate to, String port, int limit, Visibility records,
			Visibility graph) {
		RiskWeights weights = weightsInForce(records, graph);
		RiskModel model = new RiskModel(weights);
		List<TargetingQueries.Read> reads = queries.listInPeriod(from, to, port, records, graph);
		List<Target> targets = new ArrayList<>(reads.size());
		for (TargetingQueries.Read read : reads) {
			targets.add(model.assess(read.facts()));
		}
		targets.sort(Comparator.comparingDouble(Target::score).reversed()
			.thenComparing(Target::agency)
			.thenComparing(Target::shipmentId));
		return new TargetList(weights, targets.subList(0, Math.min(limit, targets.size())), targets.size());
	}

	/** The latest day a visible shipment leaves, to open the targeting page on; empty before any shipment. */
	public java.util.Optional<LocalDate> findLatestDay(Visibility records) {
		return jdbc.sql("SELECT max(departure_date) FROM interdiction_shipment WHERE :everything OR agency = ANY(:agencies)")
			.param("everything", records.everything())
			.param("agencies", records.recordAgencies())
			.query(LocalDate.class)
			.optional();
	}

	/** The ranked shipments, the weights that ranked them and how many shipments were ranked. */
	public record TargetList(RiskWeights weights, List<Target> targets, int ranked) {
	}

	/**
	 * The weights in force for this visibility: learned from its inspected shipments when they hold
	 * enough seizures and clears ({@link WeightLearning}), the rules' own otherwise. Learned again
	 * whenever an inspection is added.
	 */
	public RiskWeights weightsInForce(Visibility records, Visibility graph) {
		String key = String.join(",", records.everything() ? List.of("*") : List.of(records.recordAgencies())) + "|"
				+ String.join(",", graph.everything() ? List.of("*") : List.of(graph.recordAgencies()));
		String stamp = jdbc.sql("""
				SELECT count(*) || '@' || coalesce(max(recorded_at)::text, '') FROM interdiction_inspection
				WHERE :everything OR agency = ANY(:agencies)
				""")
			.param("everything", records.everything())
			.param("agencies", records.recordAgencies())
			.query(String.class)
			.single();
		Learned known = learned.get(key);
		if (known != null && known.stamp().equals(stamp)) {
			return known.weights();
		}
		List<WeightLearning.Outcome> outcomes = new ArrayList<>();
		for (TargetingQueries.Read read : queries.listInspected(records, graph)) {
			outcomes.add(new WeightLearning.Outcome(TargetingRules.strengths(read.facts()), Lane.of(read.facts().mode()),
					read.seized()));
		}
		RiskWeights weights = WeightLearning.learn(outcomes);
		learned.put(key, new Learned(stamp, weights));
		return weights;
	}
}
