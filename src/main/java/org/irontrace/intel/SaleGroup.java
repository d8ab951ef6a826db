package org.irontrace.intel;

import java.util.List;

/**
 * Sales of one category to one person within 5 business days. A {@code MULTIPLE_SALE} is one a dealer
 * had to report (two or more at its counter); a {@code SPLIT_PURCHASE} spread the same buying over
 * several dealers, one gun each, so that none of them reached the threshold.
 */
record SaleGroup(Kind kind, List<SaleOnRecord> sales) {

	enum Kind {
		MULTIPLE_SALE, SPLIT_PURCHASE
	}

	List<String> licences() {
		return sales.stream().map(SaleOnRecord::licence).distinct().toList();
	}
}
