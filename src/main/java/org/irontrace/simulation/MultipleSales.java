package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the recorded sales of one case that the dealer had to report as a multiple sale: two or more
 * handguns to one buyer within 5 business days (Form 3310.4), or two or more semi-automatic rifles
 * over .22 calibre in Texas, Arizona, New Mexico and California (Form 3310.12). The tracing centre
 * then answers {@code multiple_sale = Y} for those guns. Holds only the case in progress.
 */
final class MultipleSales {

	/** Five business days span at most seven calendar days. */
	private static final int WINDOW_DAYS = 7;

	private static final Set<String> RIFLE_REPORT_STATES = Set.of("TX", "AZ", "NM", "CA");

	private record Sale(Gun gun, String buyer, Licensee dealer, int day) {
	}

	private final List<Sale> sales = new ArrayList<>();

	/** Notes the sale if it is the gun's recorded first sale (a lost sale record was never reported either). */
	void sold(Gun gun, Person buyer, Licensee dealer, int day) {
		if (gun.firstSaleDealer == dealer && gun.firstSaleDay == day) {
			sales.add(new Sale(gun, buyer.id(), dealer, day));
		}
	}

	void mark() {
		for (int i = 0; i < sales.size(); i++) {
			for (int j = i + 1; j < sales.size(); j++) {
				Sale a = sales.get(i);
				Sale b = sales.get(j);
				if (a.buyer().equals(b.buyer()) && a.dealer() == b.dealer() && Math.abs(a.day() - b.day()) <= WINDOW_DAYS
						&& reportedTogether(a.gun().model, b.gun().model, a.dealer().state())) {
					a.gun().multipleSale = true;
					b.gun().multipleSale = true;
				}
			}
		}
		sales.clear();
	}

	private static boolean reportedTogether(GunModel first, GunModel second, String state) {
		if (first.type().handgun() && second.type().handgun()) {
			return true;
		}
		return first.pattern() != null && second.pattern() != null && RIFLE_REPORT_STATES.contains(state);
	}
}
