package org.irontrace.trace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.EventType;

/**
 * What the custody chain of an identified gun says: FORMATS.md's COMPLETED and PARTIAL rules,
 * the first retail sale, time-to-crime and whether the gun is US-sourced. Only events up to the
 * recovery date count: a record dated after the recovery cannot explain it.
 */
record ChainReading(List<CustodyEvent> chain, TraceStatus status, TraceReason reason, CustodyEvent firstSale,
		Integer timeToCrimeDays, Boolean usSourced) {

	static ChainReading of(List<CustodyEvent> custody, LocalDate recoveryDate) {
		List<CustodyEvent> chain = custody.stream().filter(event -> !event.date().isAfter(recoveryDate)).toList();
		CustodyEvent firstSale = chain.stream().filter(event -> event.type() == EventType.SOLD).findFirst().orElse(null);
		Boolean usSourced = chain.stream().anyMatch(ChainReading::provesUsSource) ? Boolean.TRUE : null;
		if (firstSale != null) {
			int days = (int) ChronoUnit.DAYS.between(firstSale.date(), recoveryDate);
			return new ChainReading(chain, TraceStatus.COMPLETED, null, firstSale, days, usSourced);
		}
		boolean endsInLoss = !chain.isEmpty() && chain.get(chain.size() - 1).type().isLossFromLicensee();
		TraceReason reason = endsInLoss ? TraceReason.STOLEN_FROM_LICENSEE : TraceReason.NO_RETAIL_SALE_RECORD;
		return new ChainReading(chain, TraceStatus.PARTIAL, reason, null, null, usSourced);
	}

	/** FORMATS.md: US-sourced when the chain holds a US manufacture, import or retail sale. */
	private static boolean provesUsSource(CustodyEvent event) {
		return event.type() == EventType.MANUFACTURED || event.type() == EventType.IMPORTED
				|| event.type() == EventType.SOLD;
	}
}
