package org.irontrace.intel;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A multiple-sale report produced from the ledger (Form 3310.4 for handguns, 3310.12 for rifles), or a
 * split purchase the forms never saw.
 *
 * @param purchaserId the purchaser's person key; null when the caller may not see the purchaser
 * @param sales the sales as JSON: event, date, dealer, serial, maker, model, type, calibre
 */
public record MultipleSaleReport(long reportId, String kind, String category, String purchaserId, LocalDate firstSale,
		LocalDate lastSale, List<String> licences, @JsonRawValue String sales) {
}
