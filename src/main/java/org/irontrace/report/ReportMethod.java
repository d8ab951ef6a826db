package org.irontrace.report;

/** The method and the caveat printed with every report, so that a reader can re-derive each number. */
public final class ReportMethod {

	public static final String METHOD = """
			Counts recoveries whose recovery date falls in the period, in the named country (or pooled \
			over the agencies that granted the regional body their recoveries at aggregates-only level or \
			more), each recovery once and with its latest trace result only. 'traced' counts recoveries \
			with a stored trace result; outcomes split them by the result's usSourced (true, false, \
			unknown). Source state: the licensee state of the first retail sale. Firearm type, maker and \
			calibre: as the trace identified the gun, else as the agency described it; calibres grouped \
			into families. Time-to-crime: days from first retail sale to recovery, in ATF's buckets \
			(NFCTA vol. II); the median is the lower median. SDG indicator 16.4.2 (UN Statistics \
			Division metadata 16-04-02): the share of recovered guns whose illicit origin or context \
			was established, here: traced with usSourced true or false, over all recovered. Change: this \
			period minus the previous period of equal length.""";

	public static final String CAVEAT = """
			Traced guns are not a random sample of crime guns: which guns are recovered, and which of \
			those are submitted for tracing, depends on each agency's practice (ATF, 'Firearms Trace \
			Data disclaimer'). These figures describe the guns submitted, not all guns in crime.""";

	private ReportMethod() {
	}
}
