package org.irontrace.commerce;

import java.util.Comparator;

/** Orders custody events by date, then by the natural order of events on one day, then by id. */
final class CustodyOrder implements Comparator<CustodyEvent> {

	static final CustodyOrder INSTANCE = new CustodyOrder();

	@Override
	public int compare(CustodyEvent a, CustodyEvent b) {
		int byDate = a.date().compareTo(b.date());
		if (byDate != 0) {
			return byDate;
		}
		int byType = a.type().compareTo(b.type());
		return byType != 0 ? byType : a.eventId().compareTo(b.eventId());
	}
}
