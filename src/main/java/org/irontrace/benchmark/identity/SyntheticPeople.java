package org.irontrace.benchmark.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.irontrace.identity.PersonRecord;
import org.irontrace.identity.matching.NameVariants;
import org.irontrace.identity.matching.Spelling;

/**
 * A synthetic population with known truth: Spanish-speaking (60%) and English-speaking people,
 * each written down one to eight times (2.5 on average) with the noise of real sale forms and
 * police reports: nicknames, typos, accents dropped, one of two surnames left out, second given
 * name left out, day and month swapped, abbreviated or changed addresses, missing values.
 */
public final class SyntheticPeople {

	private static final int PLACES = 3000;

	private SyntheticPeople() {
	}

	public static LabelledRecords generate(int records, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Place[] places = Place.many(random, PLACES);
		List<PersonRecord> written = new ArrayList<>(records);
		int[] truth = new int[records];
		int person = 0;
		while (written.size() < records) {
			Someone someone = Someone.draw(random, places);
			int copies = 1;
			while (copies < 8 && random.nextDouble() < 0.6) {
				copies++;
			}
			for (int c = 0; c < copies && written.size() < records; c++) {
				truth[written.size()] = person;
				written.add(write(random, someone, places, "S" + written.size()));
			}
			person++;
		}
		return new LabelledRecords("synthetic people", written, truth, false);
	}

	private static PersonRecord write(SplittableRandom random, Someone who, Place[] places, String id) {
		boolean plain = random.nextDouble() < 0.4;
		String first = who.givenNames();
		if (who.secondGiven() != null && random.nextDouble() < 0.6) {
			first = first + " " + who.secondGiven();
		}
		if (random.nextDouble() < 0.08) {
			List<String> forms = NameVariants.standard().otherForms(Spelling.fold(who.givenNames()));
			if (!forms.isEmpty()) {
				first = forms.get(random.nextInt(forms.size()));
			}
		}
		String last = who.surname() + (who.secondSurname() != null && random.nextDouble() < 0.55 ? " " + who.secondSurname() : "");
		first = random.nextDouble() < 0.04 ? Noise.typo(random, first) : first;
		last = random.nextDouble() < 0.04 ? Noise.typo(random, last) : last;
		Place place = random.nextDouble() < 0.1 ? places[random.nextInt(places.length)] : who.place();
		String street = place == who.place() ? who.street() : place.street(random, who.spanish());
		street = random.nextDouble() < 0.3 ? Noise.abbreviated(street) : street;
		street = random.nextDouble() < 0.03 ? Noise.typo(random, street) : street;
		String postcode = random.nextDouble() < 0.03 ? Noise.digitTypo(random, place.postcode()) : place.postcode();
		String id2 = who.idNumber() != null && random.nextDouble() < 0.5
				? random.nextDouble() < 0.02 ? Noise.digitTypo(random, who.idNumber()) : who.idNumber() : null;
		return new PersonRecord(id, "", random.nextDouble() < 0.02 ? null : accents(plain, first), accents(plain, last),
				dob(random, who), random.nextDouble() < 0.1 ? null : accents(plain, street), accents(plain, place.city()),
				place.state(), postcode, id2);
	}

	private static String dob(SplittableRandom random, Someone who) {
		double roll = random.nextDouble();
		int year = who.year();
		int month = who.month();
		int day = who.day();
		if (roll < 0.05) {
			return null;
		}
		if (roll < 0.08) {
			return String.format("%04d-%02d-%02d", year, day, month);
		}
		if (roll < 0.11) {
			switch (random.nextInt(3)) {
				case 0 -> year += random.nextBoolean() ? 1 : 10;
				case 1 -> month = month % 12 + 1;
				default -> day = day % 28 + 1;
			}
		}
		return String.format("%04d-%02d-%02d", year, month, day);
	}

	private static String accents(boolean drop, String text) {
		return drop ? Noise.withoutAccents(text) : text;
	}
}
