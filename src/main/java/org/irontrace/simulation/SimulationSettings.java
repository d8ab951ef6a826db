package org.irontrace.simulation;

/**
 * What world to simulate.
 *
 * @param seed the seed of every random choice: the same settings always give byte-identical files
 * @param firearms how many firearms the world holds (lawful, trafficked and foreign-made together)
 * @param fromYear first year of the world: every gun in it was made in or after this year
 * @param toYear last year of the world (inclusive): nothing happens after its 31 December
 */
public record SimulationSettings(long seed, int firearms, int fromYear, int toYear) {

	/** Gun Control Act of 1968: the oldest year from which licensee records are meaningful. */
	public static final int EARLIEST_YEAR = 1968;

	public static final int LATEST_YEAR = 2100;

	/** Trace records are kept 20 years; a longer world adds nothing a trace could see. */
	public static final int MAX_YEARS = 40;

	public static final int MAX_FIREARMS = 100_000_000;

	public SimulationSettings {
		if (firearms < 1 || firearms > MAX_FIREARMS) {
			throw new IllegalArgumentException("firearms must be between 1 and " + MAX_FIREARMS + ", not " + firearms);
		}
		if (fromYear < EARLIEST_YEAR || toYear > LATEST_YEAR) {
			throw new IllegalArgumentException(
					"years must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR + ", not " + fromYear + "-" + toYear);
		}
		if (toYear < fromYear) {
			throw new IllegalArgumentException("the world ends (" + toYear + ") before it begins (" + fromYear + ")");
		}
		if (toYear - fromYear + 1 > MAX_YEARS) {
			throw new IllegalArgumentException("a world spans at most " + MAX_YEARS + " years");
		}
	}

	/** The demo world loaded on a server's first start: about 20,000 firearms, 2015-2024. */
	public static SimulationSettings small(long seed) {
		return new SimulationSettings(seed, 20_000, 2015, 2024);
	}
}
