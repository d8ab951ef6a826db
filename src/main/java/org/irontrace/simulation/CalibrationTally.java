package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what the calibration figures need while the world is written (a few counters, no per-gun state). */
final class CalibrationTally {

	private final RegionCounts mexico = new RegionCounts();

	private final RegionCounts caribbean = new RegionCounts();

	private final Map<String, long[]> byCountry = new TreeMap<>();

	private long completed;

	private long underOneYear;

	private long underThreeYears;

	private final long[] casesByChannel = new long[TraffickingChannel.values().length];

	private final long[] gunsByChannel = new long[TraffickingChannel.values().length];

	private final long[] caseSizes = new long[1_001];

	/** Recoveries of one region: all, US-sourced, by type, by source state, not completed. */
	static final class RegionCounts {

		long recovered;

		long usSourced;

		long rifles;

		long handguns;

		long notCompleted;

		final Map<String, Long> usSourcedByState = new TreeMap<>();

		double percent(long part, long whole) {
			return whole == 0 ? 0 : 100.0 * part / whole;
		}

		long fromStates(String... states) {
			long sum = 0;
			for (String state : states) {
				sum += usSourcedByState.getOrDefault(state, 0L);
			}
			return sum;
		}
	}

	void recovery(RecoveringCountry country, Provenance origin, GunType type, TraceExpectation expected, int recordedTtc) {
		if (recordedTtc >= 0) {
			completed++;
			underOneYear += recordedTtc < 365 ? 1 : 0;
			underThreeYears += recordedTtc < 3 * 365 ? 1 : 0;
		}
		if (country == null) {
			return;
		}
		RegionCounts region = country.region() == Region.MEXICO ? mexico : caribbean;
		region.recovered++;
		long[] counts = byCountry.computeIfAbsent(country.country(), c -> new long[2]);
		counts[0]++;
		if (!origin.foreign()) {
			region.usSourced++;
			counts[1]++;
			region.usSourcedByState.merge(origin.sourceState(), 1L, Long::sum);
		}
		region.rifles += type == GunType.RIFLE ? 1 : 0;
		region.handguns += type.handgun() ? 1 : 0;
		region.notCompleted += expected.completed() ? 0 : 1;
	}

	void traffickingCase(TraffickingChannel channel, int size) {
		casesByChannel[channel.ordinal()]++;
		caseSizes[Math.min(size, caseSizes.length - 1)]++;
	}

	void traffickedGun(TraffickingChannel channel) {
		gunsByChannel[channel.ordinal()]++;
	}

	List<CalibrationFigure> figures() {
		List<CalibrationFigure> figures = new ArrayList<>();
		RegionCounts mx = mexico;
		RegionCounts car = caribbean;
		figures.add(percent("Mexico: US-sourced share of traced guns", "70% (2014-2018); 68% (2007-2011, 2017-2022)",
				"GAO-21-322; ATF", mx.percent(mx.usSourced, mx.recovered), 68, 72));
		figures.add(percent("Mexico: Texas share of US-sourced guns", "about 40% (2015-2022)", "SA Current",
				mx.percent(mx.fromStates("TX"), mx.usSourced), 35, 45));
		figures.add(percent("Mexico: Arizona + California + New Mexico share of US-sourced guns", "about a third",
				"2006-2009 issue brief", mx.percent(mx.fromStates("AZ", "CA", "NM"), mx.usSourced), 28, 38));
		figures.add(percent("Mexico: rifles among recovered guns", "28% (2007) -> 43% (2011)", "guns.com / ATF",
				mx.percent(mx.rifles, mx.recovered), 35, 45));
		figures.add(percent("Mexico: traces not completed to a retail sale (expected)", "51% (2016)", "ATF 2016",
				mx.percent(mx.notCompleted, mx.recovered), 45, 57));
		figures.add(percent("Caribbean: US-sourced share of traced guns", "73% (2018-2022)", "GAO-25-107007",
				car.percent(car.usSourced, car.recovered), 70, 76));
		figures.add(percent("Caribbean: handguns among recovered guns", "88% (2018-2022)", "GAO-25-107007",
				car.percent(car.handguns, car.recovered), 85, 90));
		figures.add(percent("Caribbean: Florida + Georgia share of US-sourced guns", "7 in 10 (2015-2024)",
				"Small Arms Survey", car.percent(car.fromStates("FL", "GA"), car.usSourced), 65, 100));
		country(figures, "BS", "Bahamas", "98.8% (2024)", 98.8);
		country(figures, "JM", "Jamaica", "84.0% (2024)", 84.0);
		country(figures, "TT", "Trinidad and Tobago", "74.9% (2024)", 74.9);
		figures.add(percent("Time-to-crime under 3 years (completed traces)", "46% nationally (2017-2021)",
				"NFCTA vol. II", mx.percent(underThreeYears, completed), 40, 55));
		figures.add(percent("Time-to-crime under 1 year (completed traces)", "25% nationally (2017-2021)",
				"NFCTA vol. II", mx.percent(underOneYear, completed), 15, 35));
		long cases = 0;
		for (long count : casesByChannel) {
			cases += count;
		}
		for (TraffickingChannel channel : TraffickingChannel.values()) {
			double share = channel.sharePercent;
			figures.add(percent("Trafficking cases by channel: " + channel.name(), "about " + (int) share + "%",
					"NFCTA vol. III", mx.percent(casesByChannel[channel.ordinal()], cases), Math.max(0, share - 5), share + 5));
		}
		figures.add(new CalibrationFigure("Trafficking case size: median", "5 guns or fewer", "NFCTA vol. III",
				median(cases), 1, 5, "guns"));
		figures.add(new CalibrationFigure("Trafficking case size: mean", "16 guns", "NFCTA vol. III", mean(cases), 10, 22,
				"guns"));
		return figures;
	}

	private void country(List<CalibrationFigure> figures, String code, String name, String published, double value) {
		long[] counts = byCountry.getOrDefault(code, new long[2]);
		figures.add(percent(name + ": US-sourced share of traced guns", published, "hemisphericavg.com",
				mexico.percent(counts[1], counts[0]), value - 3, Math.min(100, value + 3)));
	}

	private static CalibrationFigure percent(String figure, String published, String source, double value, double low,
			double high) {
		return new CalibrationFigure(figure, published, source, value, low, high, "%");
	}

	private double median(long cases) {
		long seen = 0;
		for (int size = 0; size < caseSizes.length; size++) {
			seen += caseSizes[size];
			if (seen * 2 >= cases && cases > 0) {
				return size;
			}
		}
		return 0;
	}

	private double mean(long cases) {
		long guns = 0;
		for (int size = 0; size < caseSizes.length; size++) {
			guns += size * caseSizes[size];
		}
		return cases == 0 ? 0 : (double) guns / cases;
	}
}
