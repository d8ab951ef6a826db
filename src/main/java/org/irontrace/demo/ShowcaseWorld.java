package org.irontrace.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A small hand-made world of a few hundred guns that shows every trace status and reason:
 * completed traces with short and long time-to-crime, guns still in a dealer's inventory, guns
 * stolen from dealers, obliterated serials with and without restored characters, look-alike
 * misreadings, maker aliases, foreign guns never imported, guns the ledger does not know, serials
 * shared by two makers and partial serials that fit several guns. Deterministic for a seed.
 */
final class ShowcaseWorld {

	static final List<String> AGENCIES = List.of("MX-FGR", "JM-JCF", "TT-TTPS", "BS-RBPF");

	private final Random random;

	private final ShowcaseFiles files = new ShowcaseFiles();

	private int nextEvent = 1;

	private int nextRecovery = 1;

	private ShowcaseWorld(long seed) {
		this.random = new Random(seed);
	}

	static ShowcaseFiles build(long seed, int guns) {
		ShowcaseWorld world = new ShowcaseWorld(seed);
		ShowcaseCatalogue.LICENSEES.forEach(world.files::licensee);
		for (int i = 0; i < guns; i++) {
			world.gun(i);
		}
		world.specialCases();
		return world.files;
	}

	/** One gun's lawful commerce, and for most of them a recovery somewhere down the iron river. */
	private void gun(int index) {
		ShowcaseCatalogue.Model model = ShowcaseCatalogue.MODELS.get(random.nextInt(ShowcaseCatalogue.MODELS.size()));
		String serial = serial(model, index);
		LocalDate made = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(14 * 365));
		String dealer = pick(ShowcaseCatalogue.DEALERS);
		LocalDate atDealer = commerce(model, serial, made, dealer);
		int fate = random.nextInt(100);
		if (fate < 72) {
			LocalDate sold = atDealer.plusDays(3 + random.nextInt(200));
			files.event(id(), "SOLD", sold, serial, model, dealer, null, ShowcaseCatalogue.purchaser(random));
			recover(model, serial, sold.plusDays(10 + random.nextInt(3000)), index);
		}
		else if (fate < 80) {
			LocalDate stolen = atDealer.plusDays(5 + random.nextInt(300));
			files.event(id(), "STOLEN", stolen, serial, model, dealer, null, null);
			recover(model, serial, stolen.plusDays(20 + random.nextInt(900)), index);
		}
		else if (fate < 86) {
			recover(model, serial, atDealer.plusDays(30 + random.nextInt(900)), index);
		}
	}

	/** Manufacture or import, then distribution to the dealer; answers the day the dealer had it. */
	private LocalDate commerce(ShowcaseCatalogue.Model model, String serial, LocalDate made, String dealer) {
		String first = model.importer() == null ? model.plant() : ShowcaseCatalogue.IMPORTER;
		files.event(id(), model.importer() == null ? "MANUFACTURED" : "IMPORTED", made, serial, model, null, first, null);
		String distributor = pick(ShowcaseCatalogue.DISTRIBUTORS);
		LocalDate distributed = made.plusDays(10 + random.nextInt(60));
		files.event(id(), "TRANSFERRED", distributed, serial, model, first, distributor, null);
		LocalDate atDealer = distributed.plusDays(5 + random.nextInt(40));
		files.event(id(), "TRANSFERRED", atDealer, serial, model, distributor, dealer, null);
		return atDealer;
	}

	/** Most recovered guns are read cleanly; some show the noise real recoveries have. */
	private void recover(ShowcaseCatalogue.Model model, String serial, LocalDate date, int index) {
		if (date.isAfter(LocalDate.of(2025, 12, 31))) {
			return;
		}
		int noise = random.nextInt(100);
		String maker = noise < 15 ? model.alias() : model.maker();
		String readSerial = serial;
		String partial = null;
		boolean obliterated = false;
		if (noise >= 15 && noise < 20) {
			readSerial = ShowcaseCatalogue.misread(serial);
		}
		else if (noise >= 20 && noise < 25) {
			obliterated = true;
			readSerial = null;
			partial = serial.substring(0, 2) + "??" + serial.substring(4);
		}
		else if (noise >= 25 && noise < 27) {
			obliterated = true;
			readSerial = null;
		}
		files.recovery(nextRecovery(), agencyFor(index), date, readSerial, obliterated, partial, maker, model,
				ShowcaseCatalogue.possessor(random));
	}

	/** Cases that ledger noise alone would rarely produce, so every reason can be seen. */
	private void specialCases() {
		ShowcaseCatalogue.Model glock = ShowcaseCatalogue.MODELS.get(0);
		ShowcaseCatalogue.Model ruger = ShowcaseCatalogue.MODELS.get(2);
		LocalDate day = LocalDate.of(2020, 6, 1);
		// The same serial at two makers, recovered without a maker: insufficient description.
		commerce(glock, "KX24018", day, ShowcaseCatalogue.DEALERS.get(0));
		commerce(ruger, "KX24018", day, ShowcaseCatalogue.DEALERS.get(1));
		files.recovery(nextRecovery(), "MX-FGR", day.plusDays(400), "KX24018", false, null, null, null, null);
		// Two guns one character apart, an obliterated serial restored but for that character.
		commerce(glock, "BHT417", day, ShowcaseCatalogue.DEALERS.get(2));
		commerce(glock, "BHT457", day, ShowcaseCatalogue.DEALERS.get(2));
		files.recovery(nextRecovery(), "MX-FGR", day.plusDays(300), null, true, "BHT4?7", glock.maker(), null, null);
		// Foreign guns never imported into the US, and guns no ledger record knows.
		for (int i = 0; i < 12; i++) {
			ShowcaseCatalogue.Model foreign = ShowcaseCatalogue.FOREIGN.get(i % ShowcaseCatalogue.FOREIGN.size());
			files.recovery(nextRecovery(), agencyFor(i), day.plusDays(i * 30), "CN" + (480_000 + i * 7), false, null,
					foreign.maker(), foreign, null);
			files.recovery(nextRecovery(), agencyFor(i + 1), day.plusDays(i * 25), "UNK" + (90_000 + i * 13), false,
					null, glock.maker(), glock, null);
		}
		// A raid: rifles two straw purchasers bought at one counter, seized by one agency over two
		// days and attributed to the CJNG; and a shipment of pistols to Kingston attributed to the
		// Klansman gang, as the agencies write those names.
		incident("MX-FGR", "FGR-OP-2023-017", "Cártel de Jalisco Nueva Generación", ShowcaseCatalogue.MODELS.get(3),
				LocalDate.of(2022, 3, 1), LocalDate.of(2023, 5, 10), 5);
		incident("JM-JCF", "JCF-KGN-2023-044", "Klansman gang", ShowcaseCatalogue.MODELS.get(0),
				LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 21), 4);
		// Serials missing from the description altogether.
		for (int i = 0; i < 4; i++) {
			files.recovery(nextRecovery(), agencyFor(i), day.plusDays(i * 60), null, false, null, glock.maker(), glock,
					null);
		}
	}

	/** Guns sold at one dealer to two buyers, then taken together in one incident over two days. */
	private void incident(String agency, String incidentId, String group, ShowcaseCatalogue.Model model,
			LocalDate bought, LocalDate seized, int guns) {
		String dealer = ShowcaseCatalogue.DEALERS.get(Math.abs(incidentId.hashCode()) % ShowcaseCatalogue.DEALERS.size());
		List<ShowcaseCatalogue.Person> buyers = List.of(ShowcaseCatalogue.purchaser(random), ShowcaseCatalogue.purchaser(random));
		for (int i = 0; i < guns; i++) {
			String serial = model.serialPrefix() + "I" + Math.abs(incidentId.hashCode() % 10_000) + (char) ('A' + i);
			LocalDate atDealer = commerce(model, serial, bought.minusDays(120), dealer);
			files.event(id(), "SOLD", atDealer.plusDays(20 + i * 9), serial, model, dealer, null, buyers.get(i % 2));
			files.recovery(nextRecovery(), agency, seized.plusDays(i % 2), serial, false, null, model.maker(), model,
					null, incidentId, group);
		}
	}

	private String serial(ShowcaseCatalogue.Model model, int index) {
		return model.serialPrefix() + String.format("%05d", 10_000 + index * 37 % 90_000) + (char) ('A' + index % 26);
	}

	private String agencyFor(int index) {
		// Mexico recovers most of the traced US guns; the Caribbean states the rest.
		int share = Math.floorMod(index * 7919, 100);
		return share < 70 ? AGENCIES.get(0) : AGENCIES.get(1 + share % 3);
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String id() {
		return "DEMO-E" + nextEvent++;
	}

	private String nextRecovery() {
		return "DEMO-R" + nextRecovery++;
	}
}
