package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

/**
 * Possessors written with a name and nothing else: linked to a purchaser of that name only when the
 * link graph says so (the gun was sold to that purchaser, or both were taken at one seizure), never
 * on the name alone when the name is common, and never as a bridge between two people.
 */
class NameOnlyPossessorsTest {

	private final PersonResolver resolver = new PersonResolver(1);

	private final List<PersonRecord> records = new ArrayList<>(SmallPopulation.records());

	private final List<RecordContext> context = new ArrayList<>();

	@Test
	void aPossessorKnownByNameOnlyJoinsThePurchaserWhoseGunWasRecovered() {
		purchasers();
		int possessor = possessor("recovery:FGR/R1", "JUAN", "GARCIA", new RecordContext("FGR|2024-02-01|MX|CHH|Juárez",
				"MX|CHH", 19754, "event:juan-1"));
		int[] people = resolve();
		assertThat(people[possessor]).as("joins the purchaser of the recovered gun").isEqualTo(people[index("event:juan-1")]);
		assertThat(people[possessor]).as("not his namesake").isNotEqualTo(people[index("event:juan-2")]);
	}

	@Test
	void twoPeopleOfACommonNameAreNotMergedThroughAPossessorOfThatName() {
		purchasers();
		int alone = possessor("recovery:FGR/R2", "Juan", "García", new RecordContext("FGR|2024-03-09|MX|SON|Nogales",
				"MX|SON", 19791, null));
		int[] people = resolve();
		assertThat(people[index("event:juan-1")]).isNotEqualTo(people[index("event:juan-2")]);
		assertThat(people[alone]).as("a name shared by two purchasers says nothing about the possessor")
			.isNotEqualTo(people[index("event:juan-1")])
			.isNotEqualTo(people[index("event:juan-2")]);
	}

	@Test
	void possessorsOfOneNameAtOneSeizureAreOnePerson() {
		purchasers();
		RecordContext seizure = new RecordContext("SEDENA|2023-07-15|MX|SIN|Culiacán", "MX|SIN", 19553, null);
		int first = possessor("recovery:SEDENA/A1", "Jesús", "Quintero Llanes", seizure);
		int second = possessor("recovery:SEDENA/A2", "JESUS", "QUINTERO", seizure);
		int elsewhere = possessor("recovery:SEDENA/A3", "JESUS", "QUINTERO", new RecordContext(
				"SEDENA|2019-01-02|MX|SON|Nogales", "MX|SON", 17898, null));
		int[] people = resolve();
		assertThat(people[first]).isEqualTo(people[second]);
		assertThat(people[elsewhere]).as("another place, another year, nothing else in common").isNotEqualTo(people[first]);
	}

	@Test
	void withoutContextANameOnlyRecordStaysAlone() {
		purchasers();
		int possessor = possessor("recovery:FGR/R1", "JUAN", "GARCIA", RecordContext.NONE);
		int[] people = resolver.resolve(records, ResolutionRequest.of(0.95)).personOf();
		for (int i = 0; i < records.size(); i++) {
			if (i != possessor) {
				assertThat(people[i]).isNotEqualTo(people[possessor]);
			}
		}
	}

	/** Two different men named Juan García, each buying one gun. */
	private void purchasers() {
		records.add(new PersonRecord("event:juan-1", "ledger", "Juan", "García", "1981-04-12", "1200 Main Street",
				"El Paso", "TX", "79901", "TX11223344"));
		records.add(new PersonRecord("event:juan-2", "ledger", "Juan", "García", "1966-10-30", "45 Oak Road", "Laredo",
				"TX", "78040", "TX99887766"));
	}

	private int possessor(String id, String first, String last, RecordContext where) {
		records.add(new PersonRecord(id, "possessor", first, last, null, null, null, null, null, null));
		while (context.size() < records.size() - 1) {
			context.add(RecordContext.NONE);
		}
		context.add(where);
		return records.size() - 1;
	}

	private int[] resolve() {
		while (context.size() < records.size()) {
			context.add(RecordContext.NONE);
		}
		return resolver.resolve(records, ResolutionRequest.of(0.95).withContext(context)).personOf();
	}

	private int index(String recordId) {
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).recordId().equals(recordId)) {
				return i;
			}
		}
		throw new IllegalArgumentException(recordId);
	}
}
