package org.irontrace.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import org.irontrace.report.RecoveryReport.TimeToCrime;

/**
 * Times-to-crime in ATF's buckets, from the database's count of guns per number of days. The
 * bucket bounds are ATF's (NFCTA vol. II): under 3 months, 3 to 7 months, 7 to 12 months, 1 to 2
 * years, 2 to 3 years, 3 years and more; under 3 years is ATF's trafficking indicator.
 */
final class TimeToCrimeBuckets {

	private static final int[] UPPER_BOUNDS = { 91, 213, 365, 730, 1095 };

	private TimeToCrimeBuckets() {
	}

	static TimeToCrime of(Map<Integer, Long> gunsByDays) {
		long[] buckets = new long[UPPER_BOUNDS.length + 1];
		long guns = 0;
		long days = 0;
		TreeMap<Integer, Long> sorted = new TreeMap<>(gunsByDays);
		for (Map.Entry<Integer, Long> entry : sorted.entrySet()) {
			buckets[bucket(entry.getKey())] += entry.getValue();
			guns += entry.getValue();
			days += entry.getKey() * entry.getValue();
		}
		return new TimeToCrime(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], buckets[5],
				lowerMedian(sorted, guns), guns == 0 ? null : round(days, guns, 1));
	}

	static int bucket(int days) {
		for (int i = 0; i < UPPER_BOUNDS.length; i++) {
			if (days < UPPER_BOUNDS[i]) {
				return i;
			}
		}
		return UPPER_BOUNDS.length;
	}

	/** The smallest value with at least half of the guns at or below it. */
	private static Integer lowerMedian(TreeMap<Integer, Long> sorted, long guns) {
		long half = (guns + 1) / 2;
		long seen = 0;
		for (Map.Entry<Integer, Long> entry : sorted.entrySet()) {
			seen += entry.getValue();
			if (seen >= half) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** {@code part / whole}, rounded half-up to {@code scale} decimals; null when the whole is 0. */
	static Double round(long part, long whole, int scale) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP).doubleValue();
	}
}
