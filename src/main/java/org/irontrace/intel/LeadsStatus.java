package org.irontrace.intel;

import java.time.Instant;

/**
 * Whether the leads an analyst reads are settled: equal to what a full refresh of the data would give.
 *
 * @param settled nothing waits and nothing is being worked on
 * @param pendingRecoveries traced recoveries waiting to be brought into the leads
 * @param fullRefreshDue a bulk run, a ledger import or a new resolution of people waits for a full refresh
 * @param fullRefreshDueSince since when that full refresh has been due (null when none is): how long the
 *        leads have not followed the data, since a run that stopped with the refresh due wrote it down
 * @param ballisticHitsDue imported ballistic hits wait to be brought in
 * @param working the upkeep is bringing work in now
 * @param lastFullRefresh when the latest full refresh finished, null before the first
 * @param lastUpdate when the upkeep last brought work in, null before the first
 */
public record LeadsStatus(boolean settled, int pendingRecoveries, boolean fullRefreshDue, Instant fullRefreshDueSince,
		boolean ballisticHitsDue,
		boolean working, Instant lastFullRefresh, Instant lastUpdate) {
}
