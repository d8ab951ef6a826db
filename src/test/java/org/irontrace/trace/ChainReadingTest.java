package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.EventType;
import org.junit.jupiter.api.Test;

/** FORMATS' COMPLETED and PARTIAL rules on hand-drawn custody chains. */
class ChainReadingTest {

	private static final LocalDate RECOVERED = LocalDate.of(2022, 6, 1);

	@Test
	void theEarliestSaleBeforeTheRecoveryCountsForTimeToCrime() {
		ChainReading reading = ChainReading.of(List.of(event("1", EventType.MANUFACTURED, "2019-01-01"),
				event("2", EventType.SOLD, "2020-06-01"), event("3", EventType.ACQUIRED, "2021-01-01"),
				event("4", EventType.SOLD, "2021-02-01")), RECOVERED);
		assertThat(reading.status()).isEqualTo(TraceStatus.COMPLETED);
		assertThat(reading.firstSale().eventId()).isEqualTo("2");
		assertThat(reading.timeToCrimeDays()).isEqualTo(730);
		assertThat(reading.usSourced()).isTrue();
	}

	@Test
	void aTheftEndingTheChainIsStolenFromLicensee() {
		ChainReading reading = ChainReading.of(List.of(event("1", EventType.MANUFACTURED, "2019-01-01"),
				event("2", EventType.LOST, "2019-05-01")), RECOVERED);
		assertThat(reading.status()).isEqualTo(TraceStatus.PARTIAL);
		assertThat(reading.reason()).isEqualTo(TraceReason.STOLEN_FROM_LICENSEE);
	}

	@Test
	void aGunStolenAndRecoveredByTheDealerIsBackInInventory() {
		ChainReading reading = ChainReading.of(List.of(event("1", EventType.TRANSFERRED, "2019-01-01"),
				event("2", EventType.STOLEN, "2019-05-01"), event("3", EventType.ACQUIRED, "2019-07-01")), RECOVERED);
		assertThat(reading.reason()).isEqualTo(TraceReason.NO_RETAIL_SALE_RECORD);
		assertThat(reading.usSourced()).as("no US manufacture, import or sale in the chain").isNull();
	}

	@Test
	void eventsAfterTheRecoveryAreLeftOut() {
		ChainReading reading = ChainReading.of(List.of(event("1", EventType.MANUFACTURED, "2019-01-01"),
				event("2", EventType.SOLD, "2023-01-01")), RECOVERED);
		assertThat(reading.chain()).hasSize(1);
		assertThat(reading.reason()).isEqualTo(TraceReason.NO_RETAIL_SALE_RECORD);
	}

	@Test
	void aSaleOnTheDayOfRecoveryIsATimeToCrimeOfZero() {
		ChainReading reading = ChainReading.of(List.of(event("1", EventType.SOLD, "2022-06-01")), RECOVERED);
		assertThat(reading.timeToCrimeDays()).isZero();
	}

	private static CustodyEvent event(String id, EventType type, String date) {
		return new CustodyEvent(id, type, LocalDate.parse(date), "L1", "L2", "Dealer", "TX", null);
	}
}
