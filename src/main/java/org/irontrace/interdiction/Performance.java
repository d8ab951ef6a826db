package org.irontrace.interdiction;

import java.time.LocalDate;
import java.util.List;

/**
 * What inspections found in a period: per origin port and mode, how the ranking's top did against
 * inspection at large, and which forwarders and carriers conveyed seized guns, month by month.
 */
public record Performance(LocalDate from, LocalDate to, List<PortAndMode> ports, TopVersusRandom topVersusRandom,
		List<Conveyor> conveyors, RiskWeights weights) {

	/** One origin port and mode. The hit rate is seizures per inspected shipment (null before any inspection). */
	public record PortAndMode(String port, String mode, long shipments, long inspections, long seizures,
			Double hitRate, long gunsSeized) {
	}

	/**
	 * The shipments ranked in the top {@code topN} of the period against all inspected shipments:
	 * how many of the top were inspected and seized, their hit rate, the hit rate of every inspection
	 * (which is what inspecting at random finds when inspections are not targeted), and the ratio.
	 */
	public record TopVersusRandom(int topN, long ranked, long topInspected, long topSeized, Double topHitRate,
			long inspected, long seized, Double overallHitRate, Double ratio) {
	}

	/**
	 * A forwarder or carrier in one month: shipments conveyed, of which seized, guns seized. The
	 * carrier is the owner code of the container (its first four letters, ISO 6346) or, for road
	 * crossings, the vehicle plate.
	 */
	public record Conveyor(String kind, String name, String month, long shipments, long seizures, long gunsSeized) {
	}
}
