package org.irontrace.intel.worlds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A trafficking world written by a generator that shares no code and no parameter with IronTrace's
 * simulator, so that the intelligence can be judged on structures its rules were not written
 * against. Its traffickers behave in ways the simulator does not model:
 * <ul>
 * <li>anchored rings buy at one corrupt dealer and a few others over about eighteen months, one or
 * two guns a visit, share a couple of addresses, and lose their guns in caches seized by one agency
 * on one day;</li>
 * <li>roaming rings spread their visits over many dealers, none of them corrupt;</li>
 * <li>receivers south of the border take guns from several rings;</li>
 * <li>lone straw buyers work the corrupt dealers' counters without a ring;</li>
 * <li>lawful collectors buy often, big-box stores sell a great deal, and a few lawful guns are stolen
 * and recovered within months (short time-to-crime that is not trafficking).</li>
 * </ul>
 * Only what an installation imports is written (licensees, commerce events, recoveries); the truth
 * stays in {@link Truth}. Size is set by {@link Shape}: the default is about the size of a state's
 * yearly trace file.
 */
public final class IndependentWorld {

	/** How big the world is. */
	public record Shape(int dealers, int corruptDealers, int bigBoxStores, int lawfulBuyers, int collectors,
			int anchoredRings, int roamingRings, int loneStrawBuyers) {

		public static Shape full() {
			return new Shape(67, 5, 4, 9000, 40, 10, 5, 12);
		}

		public static Shape small() {
			return new Shape(14, 2, 1, 700, 6, 3, 1, 3);
		}
	}

	/** What really happened: who bought for traffickers, which dealers sold to them, which rings there were. */
	public record Truth(Set<String> strawPurchasers, Set<String> recoveredStrawPurchasers, Set<String> corruptDealers,
			List<Set<String>> rings, List<Integer> ringRecoveries) {
	}

	private static final String[] STATES = { "TX", "TX", "TX", "AZ", "AZ", "CA", "NM", "FL", "GA" };

	private static final String[] CITIES = { "Houston", "El Paso", "Laredo", "Phoenix", "Tucson", "Los Angeles",
			"Albuquerque", "Miami", "Atlanta" };

	private static final String[][] MODELS = { { "Colt", "AR-15", "5.56", "RIFLE" }, { "Glock", "19", "9mm", "PISTOL" },
			{ "Smith & Wesson", "M&P15", "5.56", "RIFLE" }, { "Ruger", "AR-556", "5.56", "RIFLE" },
			{ "Barrett", "M82", ".50 BMG", "RIFLE" }, { "Springfield", "XD", "9mm", "PISTOL" },
			{ "Remington", "870", "12GA", "SHOTGUN" }, { "Ruger", "10/22", ".22LR", "RIFLE" }, { "Sig Sauer", "P320", "9mm", "PISTOL" } };

	private static final String[] FIRST = { "James", "Maria", "Jose", "Linda", "Robert", "Ana", "Michael", "Rosa",
			"David", "Carmen", "Daniel", "Laura", "Luis", "Patricia", "Carlos", "Sandra", "Jorge", "Emily", "Miguel", "Karen" };

	private static final String[] LAST = { "Smith", "Garcia", "Johnson", "Martinez", "Brown", "Lopez", "Davis",
			"Hernandez", "Miller", "Gonzalez", "Wilson", "Perez", "Moore", "Sanchez", "Taylor", "Ramirez", "Thomas",
			"Torres", "Jackson", "Flores", "White", "Rivera", "Harris", "Gomez", "Clark", "Diaz", "Lewis", "Reyes" };

	private static final String[][] SOUTH = { { "MX", "SON", "Nogales" }, { "MX", "CHH", "Ciudad Juarez" },
			{ "MX", "TAM", "Reynosa" }, { "MX", "JAL", "Guadalajara" }, { "MX", "SIN", "Culiacan" }, { "JM", "", "Kingston" },
			{ "TT", "", "Port of Spain" }, { "HT", "", "Port-au-Prince" } };

	private final SplittableRandom random;

	private final Shape shape;

	private final String tag;

	private final List<String> events = new ArrayList<>();

	private final List<String> recoveries = new ArrayList<>();

	private final List<String> licensees = new ArrayList<>();

	private final Set<String> straw = new LinkedHashSet<>();

	private final Set<String> recoveredStraw = new LinkedHashSet<>();

	private final Set<String> corrupt = new LinkedHashSet<>();

	private final List<Set<String>> rings = new ArrayList<>();

	private final List<Integer> ringRecoveries = new ArrayList<>();

	private final List<String> dealers = new ArrayList<>();

	private final List<String> bigBox = new ArrayList<>();

	private final List<String[]> receivers = new ArrayList<>();

	private int serial;

	private int event;

	private int recovery;

	private int incident;

	private int person;

	/**
	 * {@code tag} keeps ids, serials, names and streets of this world apart from any other loaded beside
	 * it: worlds scored one after another in one database would otherwise share addresses.
	 */
	public IndependentWorld(long seed, Shape shape, String tag) {
		// The seed as it is: SplittableRandom steps its state by the golden gamma, so a seed multiplied by
		// that gamma made every world the same stream shifted by a few draws, the same buyers in all.
		this.random = new SplittableRandom(seed);
		this.shape = shape;
		this.tag = tag;
	}

	/** Writes a small world of this seed into the folder and imports its three files; answers the world's tag. */
	public static String importSmall(long seed, Path folder, org.irontrace.imports.ImportService imports) throws java.io.IOException {
		String tag = org.irontrace.LedgerFixtures.uniqueTag();
		Path world = folder.resolve(tag);
		new IndependentWorld(seed, Shape.small(), tag).write(world);
		imports.importFile("licensees", world.resolve("licensees.csv"), org.irontrace.imports.ImportProgress.NONE);
		imports.importFile("commerce-events", world.resolve("commerce_events.csv"), org.irontrace.imports.ImportProgress.NONE);
		imports.importFile("recoveries", world.resolve("recoveries.csv"), org.irontrace.imports.ImportProgress.NONE);
		return tag;
	}

	/** Writes licensees.csv, commerce_events.csv and recoveries.csv into the folder; answers the truth. */
	public Truth write(Path folder) {
		String maker = "M-" + tag;
		licensees.add(String.join(",", maker, "07", "Makers " + tag, "", "Hartford", "CT", "", "US", ""));
		for (int d = 0; d < shape.dealers(); d++) {
			int place = random.nextInt(STATES.length);
			String licence = "L-" + tag + "-" + d;
			licensees.add(String.join(",", licence, "01", "Store " + d + " " + tag, "", CITIES[place], STATES[place], "", "US", ""));
			dealers.add(licence);
			if (d < shape.bigBoxStores()) {
				bigBox.add(licence);
			}
			else if (d < shape.bigBoxStores() + shape.corruptDealers()) {
				corrupt.add(licence);
			}
		}
		for (int r = 0; r < 14; r++) {
			receivers.add(new String[] { pick(FIRST), pick(LAST) + "x" + tag, SOUTH[r % SOUTH.length][0] });
		}
		lawfulMarket();
		for (int r = 0; r < shape.anchoredRings(); r++) {
			ring(true);
		}
		for (int r = 0; r < shape.roamingRings(); r++) {
			ring(false);
		}
		for (int s = 0; s < shape.loneStrawBuyers(); s++) {
			loneStraw();
		}
		try {
			Files.createDirectories(folder);
			write(folder.resolve("licensees.csv"),
					"licence_number,licence_type,business_name,street,city,state,postal_code,country,status", licensees);
			write(folder.resolve("commerce_events.csv"), "event_id,event_type,event_date,serial_number,manufacturer,importer,"
					+ "model,caliber,firearm_type,country_of_manufacture,from_licence,to_licence,purchaser_first_name,"
					+ "purchaser_last_name,purchaser_dob,purchaser_street,purchaser_city,purchaser_state", events);
			write(folder.resolve("recoveries.csv"), "recovery_id,agency,recovery_date,country,admin_area,city,crime_code,"
					+ "serial_number,manufacturer,model,caliber,firearm_type,possessor_first_name,possessor_last_name,"
					+ "incident_id", recoveries);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Truth(Set.copyOf(straw), Set.copyOf(recoveredStraw), Set.copyOf(corrupt), List.copyOf(rings),
				List.copyOf(ringRecoveries));
	}

	/** The agency of a recovering country, as this world names it. */
	public String agencyOf(String country) {
		return country + "-" + tag;
	}

	/** The countries whose agencies recover guns in this world. */
	public static List<String> countries() {
		return java.util.Arrays.stream(SOUTH).map(place -> place[0]).distinct().toList();
	}

	/** Ordinary buyers, collectors, busy stores, and a few lawful guns stolen and recovered soon after. */
	private void lawfulMarket() {
		for (int b = 0; b < shape.lawfulBuyers(); b++) {
			Buyer buyer = newBuyer();
			int guns = 1 + (random.nextDouble() < 0.25 ? random.nextInt(3) : 0);
			for (int g = 0; g < guns; g++) {
				String store = random.nextDouble() < 0.45 ? pick(bigBox) : pick(dealers);
				LocalDate day = day(2014, 2024);
				String gun = sale(store, buyer, day);
				double fate = random.nextDouble();
				if (fate < 0.015) {
					// Stolen from a car or a home within months and taken south: short time-to-crime, no trafficker.
					recover(gun, day.plusDays(40 + random.nextInt(600)), null, anyReceiver(), null);
				}
				else if (fate < 0.04) {
					recover(gun, day.plusDays(700 + random.nextInt(2500)), null, anyReceiver(), null);
				}
			}
		}
		for (int c = 0; c < shape.collectors(); c++) {
			Buyer collector = newBuyer();
			List<String> favourites = List.of(pick(dealers), pick(dealers));
			int guns = 12 + random.nextInt(18);
			LocalDate day = day(2014, 2016);
			for (int g = 0; g < guns; g++) {
				day = day.plusDays(20 + random.nextInt(120));
				String gun = sale(pick(favourites), collector, day);
				if (random.nextDouble() < 0.03) {
					recover(gun, day.plusDays(900 + random.nextInt(1500)), null, anyReceiver(), null);
				}
			}
		}
	}

	/** A ring: members sharing addresses, regular visits, guns south to the ring's receivers, caches seized together. */
	private void ring(boolean anchored) {
		int size = 3 + random.nextInt(5);
		String[] addresses = { (100 + random.nextInt(900)) + " Mesquite Ln " + tag, (100 + random.nextInt(900)) + " Ocotillo Dr " + tag };
		String city = pick(CITIES);
		List<Buyer> members = new ArrayList<>();
		for (int m = 0; m < size; m++) {
			members.add(newBuyer(addresses[m % (1 + random.nextInt(2))], city));
		}
		String anchor = anchored ? pick(List.copyOf(corrupt)) : null;
		List<String> others = new ArrayList<>();
		int spread = anchored ? 2 + random.nextInt(2) : 6 + random.nextInt(5);
		for (int i = 0; i < spread; i++) {
			others.add(pick(dealers));
		}
		List<String[]> ringReceivers = List.of(pick(receivers), pick(receivers));
		LocalDate start = day(2016, 2022);
		List<String[]> guns = new ArrayList<>();
		for (Buyer member : members) {
			LocalDate visit = start.plusDays(random.nextInt(60));
			int visits = 3 + random.nextInt(5);
			for (int v = 0; v < visits && visit.isBefore(start.plusDays(550)); v++) {
				String store = anchored && random.nextDouble() < 0.7 ? anchor : pick(others);
				int count = random.nextDouble() < 0.6 ? 1 : 2;
				for (int g = 0; g < count; g++) {
					guns.add(new String[] { sale(store, member, visit, true), member.key(), visit.toString() });
				}
				visit = visit.plusDays(14 + random.nextInt(60));
			}
		}
		Set<String> truth = new LinkedHashSet<>();
		members.forEach(member -> {
			truth.add(member.key());
			straw.add(member.key());
		});
		int recovered = 0;
		java.util.Collections.shuffle(guns, new java.util.Random(random.nextLong()));
		int g = 0;
		while (g < guns.size() && random.nextDouble() < 0.7) {
			// A cache: a few of the ring's guns, seized by one agency on one day.
			int cache = Math.min(guns.size() - g, 2 + random.nextInt(4));
			String[] receiver = pick(ringReceivers);
			LocalDate seized = LocalDate.parse(guns.get(g)[2]).plusDays(60 + random.nextInt(300));
			String raid = "RAID-" + tag + "-" + (++incident);
			for (int c = 0; c < cache; c++, g++) {
				LocalDate bought = LocalDate.parse(guns.get(g + 0)[2]);
				recover(guns.get(g)[0], seized.isBefore(bought) ? bought.plusDays(30) : seized, raid, receiver, null);
				recoveredStraw.add(guns.get(g)[1]);
				recovered++;
			}
			g += 1 + random.nextInt(4);
		}
		rings.add(Set.copyOf(truth));
		ringRecoveries.add(recovered);
	}

	/** One buyer for traffickers at a corrupt dealer's counter, alone: few guns, recovered soon. */
	private void loneStraw() {
		Buyer buyer = newBuyer();
		straw.add(buyer.key());
		String store = pick(List.copyOf(corrupt));
		LocalDate day = day(2017, 2023);
		int guns = 2 + random.nextInt(4);
		for (int g = 0; g < guns; g++) {
			String gun = sale(store, buyer, day, true);
			if (random.nextDouble() < 0.6) {
				recover(gun, day.plusDays(30 + random.nextInt(200)), null, anyReceiver(), null);
				recoveredStraw.add(buyer.key());
			}
			day = day.plusDays(7 + random.nextInt(40));
		}
	}

	private record Buyer(String first, String last, LocalDate dob, String street, String city, String state) {

		String key() {
			return first + " " + last + " " + dob;
		}
	}

	private Buyer newBuyer() {
		return newBuyer((100 + random.nextInt(9000)) + " " + pick(LAST) + " St " + tag, pick(CITIES));
	}

	private Buyer newBuyer(String street, String city) {
		++person;
		// Common names: two people of one name are told apart only by their birth dates.
		return new Buyer(pick(FIRST), pick(LAST) + tag, LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12),
				1 + random.nextInt(28)), street, city, STATES[random.nextInt(STATES.length)]);
	}

	private String sale(String store, Buyer buyer, LocalDate day) {
		return sale(store, buyer, day, false);
	}

	/** Makes, ships and sells one gun; answers its serial and model as {@code serial|maker|model|caliber|type}. */
	private String sale(String store, Buyer buyer, LocalDate day, boolean trafficked) {
		String[] model = trafficked && random.nextDouble() < 0.7 ? MODELS[random.nextInt(5)] : MODELS[random.nextInt(MODELS.length)];
		String number = "S" + tag + (++serial);
		LocalDate made = day.minusDays(30 + random.nextInt(200));
		String gun = String.join(",", number, model[0], "", model[1], model[2], model[3], "US");
		events.add(String.join(",", "E" + tag + (++event), "MANUFACTURED", made.toString(), gun, "", "M-" + tag, "", "", "", "", "", ""));
		events.add(String.join(",", "E" + tag + (++event), "TRANSFERRED", made.plusDays(10).toString(), gun, "M-" + tag, store,
				"", "", "", "", "", ""));
		events.add(String.join(",", "E" + tag + (++event), "SOLD", day.toString(), gun, store, "", buyer.first(), buyer.last(),
				buyer.dob().toString(), quoted(buyer.street()), buyer.city(), buyer.state()));
		return String.join("|", number, model[0], model[1], model[2], model[3]);
	}

	private void recover(String gun, LocalDate day, String raid, String[] receiver, String crime) {
		if (day.isAfter(LocalDate.of(2024, 12, 31))) {
			return;
		}
		String[] g = gun.split("\\|");
		String[] place = placeIn(receiver[2]);
		String crimeCode = crime != null ? crime : raid != null ? "ORGANIZED_CRIME" : pick(List.of("HOMICIDE", "ASSAULT", "DRUG_TRAFFICKING", "WEAPONS_OFFENSE"));
		recoveries.add(String.join(",", "R" + tag + "-" + (++recovery), agencyOf(place[0]), day.toString(), place[0], place[1],
				place[2], crimeCode, g[0], g[1], g[2], g[3], g[4], receiver[0], receiver[1], raid == null ? "" : raid));
	}

	private String[] placeIn(String country) {
		List<String[]> places = java.util.Arrays.stream(SOUTH).filter(p -> p[0].equals(country)).toList();
		return places.get(random.nextInt(places.size()));
	}

	private String[] anyReceiver() {
		// Most lawful guns taken south end with people nobody else supplies.
		return random.nextDouble() < 0.2 ? pick(receivers)
				: new String[] { pick(FIRST), pick(LAST) + "y" + (++person) + tag, SOUTH[random.nextInt(SOUTH.length)][0] };
	}

	private LocalDate day(int fromYear, int toYear) {
		return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * (toYear - fromYear + 1)));
	}

	private <T> T pick(List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	private <T> T pick(T[] from) {
		return from[random.nextInt(from.length)];
	}

	private static String quoted(String value) {
		return value.contains(",") ? "\"" + value + "\"" : value;
	}

	private static void write(Path file, String header, List<String> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(header);
			out.write('\n');
			for (String row : rows) {
				out.write(row);
				out.write('\n');
			}
		}
	}
}
