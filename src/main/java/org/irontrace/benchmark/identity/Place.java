package org.irontrace.benchmark.identity;

import java.util.SplittableRandom;

/** A town of the synthetic population with its state and postcode. */
record Place(String city, String state, String postcode) {

	private static final String[] STATES = { "TX", "AZ", "CA", "NM", "FL", "GA", "CHH", "SON", "JAL", "TAM", "BC", "NL",
			"Kingston", "St. Andrew", "Nassau" };

	private static final String[] TOWN_STARTS = { "San ", "Santa ", "Villa ", "Puerto ", "Nuevo ", "", "", "", "Port ",
			"Fort " };

	private static final String[] TOWN_WORDS = { "Agua", "Río", "Monte", "Cerro", "Laguna", "Palma", "Nogal", "Bravo",
			"Lake", "Spring", "Oak", "Cedar", "Mesa", "Piedra", "Cruz", "Valle", "Hill", "Rock" };

	private static final String[] STREET_NAMES = { "Hidalgo", "Juárez", "Morelos", "Zaragoza", "Independencia",
			"Reforma", "Madero", "Allende", "Insurgentes", "Constitución", "Main", "Oak", "Maple", "Washington",
			"Lincoln", "Cedar", "Elm", "Park", "Pine", "Church", "Hope", "Spanish Town", "Constant Spring" };

	static Place[] many(SplittableRandom random, int count) {
		Place[] places = new Place[count];
		for (int i = 0; i < count; i++) {
			String city = TOWN_STARTS[random.nextInt(TOWN_STARTS.length)] + TOWN_WORDS[random.nextInt(TOWN_WORDS.length)]
					+ " " + TOWN_WORDS[random.nextInt(TOWN_WORDS.length)];
			places[i] = new Place(city, STATES[random.nextInt(STATES.length)], String.format("%05d", 10000 + i * 29));
		}
		return places;
	}

	/** An address here, written the way its side of the border writes them. */
	String street(SplittableRandom random, boolean spanish) {
		String name = STREET_NAMES[random.nextInt(STREET_NAMES.length)];
		int number = 1 + random.nextInt(2000);
		if (spanish) {
			String kind = random.nextBoolean() ? "Calle " : "Avenida ";
			return kind + name + " " + number + (random.nextBoolean() ? " Colonia Centro" : "");
		}
		return number + " " + name + (random.nextBoolean() ? " Street" : " Road");
	}
}
