package org.irontrace.intel;

import java.time.LocalDate;

/** A retail sale as the multiple-sale rule reads it: who bought, what kind of gun, where, when. */
record SaleOnRecord(String eventId, String purchaserId, String category, String licence, LocalDate day) {
}
