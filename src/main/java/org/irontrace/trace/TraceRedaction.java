package org.irontrace.trace;

/** Withholds the personal data of a trace result (the first retail purchaser). */
final class TraceRedaction {

	private TraceRedaction() {
	}

	static TraceResult withoutPurchaser(TraceResult result) {
		TraceResult.FirstRetailSale sale = result.firstRetailSale();
		if (sale == null || sale.purchaser() == null) {
			return result;
		}
		TraceResult.FirstRetailSale withheld = new TraceResult.FirstRetailSale(sale.licence(), sale.businessName(),
				sale.state(), sale.saleDate(), null);
		return result.withFirstRetailSale(withheld);
	}
}
