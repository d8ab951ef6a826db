package org.irontrace.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Outbound shipments declared to US customs over some days, written as {@code shipments.csv}, with
 * what officers did with them ({@code inspections.csv}: a few at random, most of those the naive rule
 * points at, on the first {@code inspectedDays} days only) and the truth ({@code shipment_truth.csv}).
 * Lawful traffic has its own noise: families ship heavy barrels of personal effects to the same
 * relatives every month, some declare them cheaply, hunters ship apparel and optics, licensed dealers
 * export guns under chapter 93. Smuggling goes the ways the Small Arms Survey (2024) found: barrels
 * declared as personal effects, consolidated sea cargo and air cargo, mostly from south Florida to
 * the Caribbean, and trucks and cars to Mexico. Smugglers work in cells that ship several times
 * with the same phones and addresses, favour a few careless forwarders, and some are the world's own
 * straw purchasers and receivers ({@code known}), so the graph has something true to find. Its
 * randomness is its own: the world's files are the same with or without it.
 */
public final class SouthboundTraffic {

	/** How much to write: the seed, the shipments, the first day, the days, and the inspected days. */
	public record Settings(long seed, int shipments, LocalDate firstDay, int days, int inspectedDays, String agency,
			double smugglingShare) {
	}

	/** A person of the world who may ship: name as written, home address. */
	public record Party(String name, String street, String city, String state, String postalCode) {
	}

	/** What was written. */
	public record Written(long shipments, long smuggling, long inspections, long seizures) {
	}

	public static final String SHIPMENTS = "shipments.csv";

	public static final String INSPECTIONS = "inspections.csv";

	public static final String TRUTH = "shipment_truth.csv";

	static final List<String> CHANNELS = List.of("BARREL", "CONSOLIDATED", "AIR", "ROAD");

	/** Forwarders smugglers favour: careless, or paid. */
	private static final List<String> CARELESS = List.of("Sunshine Consolidators", "Little Haiti Freight",
			"Frontera Logistics");

	private final SplittableRandom dice;

	private final Settings settings;

	private final List<SmugglingCell> cells = new ArrayList<>();

	private final List<String[]> consigneesByDestination = new ArrayList<>();

	public SouthboundTraffic(Settings settings, List<Party> known) {
		this.settings = settings;
		this.dice = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + 0x5B0D);
		int cellCount = Math.max(1, (int) Math.round(settings.shipments() * settings.smugglingShare() / 3));
		for (int i = 0; i < cellCount; i++) {
			cells.add(SmugglingCell.recruit(i, dice, known, this::someone));
		}
	}

	public Written write(Path directory) {
		try {
			Files.createDirectories(directory);
			try (CsvWriter shipments = open(directory.resolve(SHIPMENTS)); CsvWriter inspections = open(directory.resolve(INSPECTIONS));
					CsvWriter truth = open(directory.resolve(TRUTH))) {
				shipments.writeRecord(ShipmentLine.COLUMNS);
				inspections.writeRecord("agency", "shipment_id", "inspection_date", "method", "result", "firearms_found",
						"magazines_found", "rounds_found", "incident_id");
				truth.writeRecord("shipment_id", "smuggling", "channel", "firearms");
				long smuggled = 0;
				long inspected = 0;
				long seized = 0;
				for (int i = 0; i < settings.shipments(); i++) {
					int day = (int) ((long) i * settings.days() / settings.shipments());
					String id = "S" + settings.seed() + "-" + Text.zeroPadded(i + 1, 7);
					boolean smuggling = dice.nextDouble() < settings.smugglingShare();
					ShipmentLine line = smuggling ? smuggle(id, day) : lawful(id, day);
					shipments.writeRecord(line.cells(settings.agency()));
					truth.writeRecord(id, smuggling ? "Y" : "N", smuggling ? line.channel() : "", String.valueOf(line.guns()));
					smuggled += smuggling ? 1 : 0;
					if (day < settings.inspectedDays() && inspected(line)) {
						String method = method();
						boolean found = smuggling && dice.nextDouble() < finds(method);
						inspections.writeRecord(settings.agency(), id, line.date().plusDays(dice.nextInt(2)).toString(), method,
								found ? "SEIZED" : "CLEAR", found ? String.valueOf(line.guns()) : "0",
								found ? String.valueOf(line.guns() * 2) : "0", found ? String.valueOf(line.guns() * 150) : "0",
								found ? "INT-" + id : "");
						inspected++;
						seized += found ? 1 : 0;
					}
				}
				return new Written(settings.shipments(), smuggled, inspected, seized);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write shipments to " + directory, e);
		}
	}

	/**
	 * Officers inspect a few shipments at random, half of those the naive rule points at, and more of
	 * the lanes they know for guns: sea cargo to Jamaica and Haiti, cars crossing into Mexico.
	 */
	private boolean inspected(ShipmentLine line) {
		String description = line.description().toLowerCase(Locale.ROOT);
		boolean naive = line.hsCode() != null && line.hsCode().startsWith("93") || description.contains("firearm");
		String country = line.destination().country();
		boolean knownLane = line.mode().equals("VESSEL") && (country.equals("JM") || country.equals("HT"))
				|| line.mode().equals("PASSENGER_VEHICLE");
		return dice.nextDouble() < (naive ? 0.5 : knownLane ? 0.12 : 0.03);
	}

	private String method() {
		double roll = dice.nextDouble();
		return roll < 0.45 ? "SCAN" : roll < 0.8 ? "PHYSICAL" : roll < 0.9 ? "CANINE" : "DOCUMENT";
	}

	private static double finds(String method) {
		return switch (method) {
			case "PHYSICAL" -> 0.95;
			case "SCAN" -> 0.8;
			case "CANINE" -> 0.6;
			default -> 0.3;
		};
	}

	private ShipmentLine lawful(String id, int day) {
		ShippingLanes.Port port = pick(ShippingLanes.PORTS);
		String mode = port.modes().get(dice.nextInt(port.modes().size()));
		ShippingLanes.Destination destination = pick(port.toMexico() ? ShippingLanes.ACROSS_THE_BORDER : ShippingLanes.OVERSEAS);
		ShippingLanes.Goods goods = pickGoods(ShippingLanes.LAWFUL_GOODS);
		int packages = 1 + dice.nextInt(goods.mostPackages());
		double perPackage = Math.max(1, goods.kilograms() + gaussian() * goods.kilogramSpread());
		double weight = perPackage * packages;
		double value = weight * goods.dollarsPerKilogram() * Math.exp(0.55 * gaussian());
		Party shipper = someone();
		boolean regular = dice.nextDouble() < 0.7;
		String consignee = regular ? regularConsignee(destination) : fullName();
		String forwarder = ShippingLanes.FORWARDERS.get(forwarderIndex());
		String hs = dice.nextDouble() < 0.08 ? null : goods.hsCodes().get(dice.nextInt(goods.hsCodes().size()));
		return new ShipmentLine(id, mode, day(day), port, destination, shipper, phone(), consignee, phone(), forwarder,
				hs, goods.description(), value, weight, packages, plate(), null, 0);
	}

	private ShipmentLine smuggle(String id, int day) {
		SmugglingCell cell = cells.get((int) Math.min(cells.size() - 1, Math.abs(gaussian()) * cells.size() / 2.5));
		String channel = cell.channel();
		ShippingLanes.Port port;
		String mode;
		ShippingLanes.Destination destination;
		switch (channel) {
			case "ROAD" -> {
				port = ShippingLanes.PORTS.get(5 + dice.nextInt(4));
				mode = dice.nextDouble() < 0.6 ? "PASSENGER_VEHICLE" : "TRUCK";
				destination = pick(ShippingLanes.ACROSS_THE_BORDER);
			}
			case "AIR" -> {
				port = ShippingLanes.PORTS.get(dice.nextDouble() < 0.7 ? 0 : 3 + dice.nextInt(2));
				mode = dice.nextDouble() < 0.6 ? "AIR" : "EXPRESS";
				destination = ShippingLanes.OVERSEAS.get(dice.nextInt(8));
			}
			default -> {
				port = ShippingLanes.PORTS.get(dice.nextDouble() < 0.85 ? dice.nextInt(2) : 2);
				mode = "VESSEL";
				destination = ShippingLanes.OVERSEAS.get(dice.nextInt(8));
			}
		}
		ShippingLanes.Goods goods = SmugglingCell.cover(channel, dice);
		int guns = 2 + dice.nextInt(channel.equals("AIR") ? 4 : 12);
		int packages = 1 + dice.nextInt(Math.min(goods.mostPackages(), channel.equals("BARREL") ? 3 : 8));
		// A dozen pistols with magazines and ammunition add twenty to thirty kilograms to a barrel.
		double heavier = 1.2 + 0.4 * dice.nextDouble();
		double perPackage = Math.max(1, goods.kilograms() * heavier + gaussian() * goods.kilogramSpread());
		double weight = perPackage * packages;
		// Declared low: no duty, no insurance claim to fear, and nothing worth an officer's look.
		double value = weight * goods.dollarsPerKilogram() * (0.2 + 0.5 * dice.nextDouble()) * Math.exp(0.4 * gaussian());
		String forwarder = dice.nextDouble() < 0.35 ? CARELESS.get(dice.nextInt(CARELESS.size()))
				: ShippingLanes.FORWARDERS.get(forwarderIndex());
		double hsRoll = dice.nextDouble();
		String hs = hsRoll < 0.6 ? goods.hsCodes().get(dice.nextInt(goods.hsCodes().size()))
				: hsRoll < 0.85 ? pick(ShippingLanes.LAWFUL_GOODS).hsCodes().get(0) : null;
		String consignee = dice.nextDouble() < 0.75 ? fullName() : cell.consignee(dice);
		return new ShipmentLine(id, mode, day(day), port, destination, cell.shipper(dice), cell.phone(dice), consignee,
				dice.nextDouble() < 0.5 ? cell.phone(dice) : phone(), forwarder, hs, goods.description(), value, weight,
				packages, cell.plate(dice), channel, guns);
	}

	private LocalDate day(int day) {
		return settings.firstDay().plusDays(day);
	}

	/** Most lawful freight goes through a few large forwarders. */
	private int forwarderIndex() {
		return (int) Math.min(ShippingLanes.FORWARDERS.size() - 1, Math.abs(gaussian()) * 9);
	}

	private String regularConsignee(ShippingLanes.Destination destination) {
		int index = ShippingLanes.OVERSEAS.indexOf(destination);
		index = index < 0 ? ShippingLanes.OVERSEAS.size() + ShippingLanes.ACROSS_THE_BORDER.indexOf(destination) : index;
		while (consigneesByDestination.size() <= index) {
			consigneesByDestination.add(null);
		}
		if (consigneesByDestination.get(index) == null) {
			String[] pool = new String[60 + settings.shipments() / 400];
			for (int i = 0; i < pool.length; i++) {
				pool[i] = fullName();
			}
			consigneesByDestination.set(index, pool);
		}
		String[] pool = consigneesByDestination.get(index);
		return pool[(int) Math.min(pool.length - 1, Math.abs(gaussian()) * pool.length / 2.5)];
	}

	Party someone() {
		String[] city = ShippingLanes.CITIES.get(dice.nextInt(ShippingLanes.CITIES.size())).split(",");
		return new Party(fullName(), (100 + dice.nextInt(19_900)) + " " + pick(ShippingLanes.STREETS), city[0], city[1],
				city[2]);
	}

	private String fullName() {
		return ShippingLanes.GIVEN_NAMES.get(dice.nextInt(ShippingLanes.GIVEN_NAMES.size())) + " "
				+ ShippingLanes.SURNAMES.get(dice.nextInt(ShippingLanes.SURNAMES.size()));
	}

	/** Most cars and trucks cross often: a plate drawn from a pool of regular crossers. */
	private String plate() {
		int regulars = 200 + settings.shipments() / 50;
		return dice.nextDouble() < 0.6 ? "TX" + Text.zeroPadded((long) (Math.abs(gaussian()) * regulars / 2.5) % regulars, 6)
				: "TX" + Text.zeroPadded(regulars + dice.nextInt(9_000_000), 7);
	}

	String phone() {
		return "+1 305 " + (200 + dice.nextInt(800)) + " " + Text.zeroPadded(dice.nextInt(10_000), 4);
	}

	private double gaussian() {
		double u = Math.max(1e-12, dice.nextDouble());
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * dice.nextDouble());
	}

	private <T> T pick(List<T> items) {
		double total = 0;
		for (T item : items) {
			total += share(item);
		}
		double roll = dice.nextDouble() * total;
		for (T item : items) {
			roll -= share(item);
			if (roll <= 0) {
				return item;
			}
		}
		return items.get(items.size() - 1);
	}

	private ShippingLanes.Goods pickGoods(List<ShippingLanes.Goods> goods) {
		return pick(goods);
	}

	private static double share(Object item) {
		if (item instanceof ShippingLanes.Port port) {
			return port.share();
		}
		if (item instanceof ShippingLanes.Destination destination) {
			return destination.share();
		}
		if (item instanceof ShippingLanes.Goods goods) {
			return goods.share();
		}
		return 1;
	}

	private static CsvWriter open(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(64 * 1024).build(file, StandardCharsets.UTF_8);
	}
}
