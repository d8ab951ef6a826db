package org.irontrace.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** An incident's summary adds up its guns exactly as the list shows them. */
class IncidentSummaryTest {

	private final Catalog catalog = new Catalog();

	@Test
	void theSummaryCountsStatesGroupsAndTheLowerMiddleTimeToCrime() {
		List<IncidentGun> guns = List.of(gun("R1", "2024-05-02", "CJNG", "TX", 400), gun("R2", "2024-05-01", "Jalisco New Generation Cartel", "AZ", 100),
				gun("R3", "2024-05-03", "Los Viagras", "TX", 900), gun("R4", "2024-05-03", "Sinaloa", "TX", 50),
				gun("R5", "2024-05-04", null, null, null));
		IncidentSummary summary = IncidentSummary.of(guns);
		assertThat(summary.guns()).isEqualTo(5);
		assertThat(summary.firstDate()).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2024, 5, 4));
		assertThat(summary.traced()).isEqualTo(4);
		assertThat(summary.usSourced()).isEqualTo(4);
		assertThat(summary.sourceStates()).containsExactly(new IncidentSummary.StateCount("TX", 3),
				new IncidentSummary.StateCount("AZ", 1));
		assertThat(summary.medianTimeToCrimeDays()).as("of 50, 100, 400 and 900 days: the lower middle").isEqualTo(100);
		assertThat(summary.criminalGroups()).containsExactly(
				new IncidentSummary.GroupCount("CJNG", "Jalisco New Generation Cartel (CJNG)", 2),
				new IncidentSummary.GroupCount("LOS VIAGRAS", "Los Viagras", 1),
				new IncidentSummary.GroupCount("SINALOA", "Sinaloa Cartel", 1));
	}

	@Test
	void anIncidentOfUntracedGunsHasNoMedianAndNoStates() {
		IncidentSummary summary = IncidentSummary.of(List.of(gun("R1", "2024-05-02", null, null, null)));
		assertThat(summary.traced()).isZero();
		assertThat(summary.medianTimeToCrimeDays()).isNull();
		assertThat(summary.sourceStates()).isEmpty();
		assertThat(summary.criminalGroups()).isEmpty();
	}

	private IncidentGun gun(String id, String date, String group, String state, Integer ttc) {
		IncidentGun.Trace trace = state == null ? null
				: new IncidentGun.Trace("t-" + id, "COMPLETED", null, true, ttc, new IncidentGun.Dealer("D-" + state, "Guns", state),
						LocalDate.of(2023, 1, 1), null, false);
		return new IncidentGun(id, LocalDate.parse(date), "MX", "TAM", "Reynosa", "ORGANIZED_CRIME",
				new IncidentGun.Firearm("S" + id, "Colt", "AR-15", "5.56", "RIFLE"), catalog.criminalGroup(group), group, trace);
	}
}
