package org.irontrace.benchmark.identity;

import java.util.SplittableRandom;

/** One real person of the synthetic population, before any clerk writes them down. */
record Someone(boolean spanish, String givenNames, String secondGiven, String surname, String secondSurname,
		int year, int month, int day, Place place, String street, String idNumber) {

	static Someone draw(SplittableRandom random, Place[] places) {
		boolean spanish = random.nextDouble() < 0.6;
		boolean woman = random.nextBoolean();
		String[] given = spanish ? (woman ? NamePool.SPANISH_WOMEN : NamePool.SPANISH_MEN)
				: (woman ? NamePool.ENGLISH_WOMEN : NamePool.ENGLISH_MEN);
		String first = NamePool.skewed(random, given);
		String second = random.nextDouble() < (spanish ? 0.25 : 0.1) ? NamePool.skewed(random, given) : null;
		if (first.equals(second)) {
			second = null;
		}
		String[] surnames = spanish ? NamePool.SPANISH_SURNAMES : NamePool.ENGLISH_SURNAMES;
		String surname = NamePool.surname(random, surnames);
		String maternal = spanish ? NamePool.surname(random, surnames) : null;
		Place place = places[random.nextInt(places.length)];
		String id = random.nextDouble() < 0.6 ? String.format("%09d", random.nextInt(1_000_000_000)) : null;
		return new Someone(spanish, first, second, surname, maternal, 1945 + random.nextInt(60), 1 + random.nextInt(12),
				1 + random.nextInt(28), place, place.street(random, spanish), id);
	}
}
