package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A few people who ship guns south again and again through one channel, with the same one or two
 * phones, the same addresses and a handful of receivers. About a third of cells are made of the
 * world's own traffickers and receivers when the world is known.
 */
final class SmugglingCell {

	private static final double KNOWN_SHARE = 0.35;

	private static final ShippingLanes.Goods SPORTING = new ShippingLanes.Goods("Sporting goods and hunting accessories",
			List.of("950699", "420292"), 12, 5, 25, 6, 0);

	private static final ShippingLanes.Goods GUN_PARTS = new ShippingLanes.Goods("Firearm parts and accessories",
			List.of("950699", "870899"), 10, 4, 30, 4, 0);

	private final String channel;

	private final List<SouthboundTraffic.Party> shippers = new ArrayList<>();

	private final List<String> phones = new ArrayList<>();

	private final List<String> consignees = new ArrayList<>();

	/** The cell's cars and trucks: the same plates cross again. */
	private final List<String> plates = new ArrayList<>();

	private SmugglingCell(String channel) {
		this.channel = channel;
	}

	static SmugglingCell recruit(int index, SplittableRandom dice, List<SouthboundTraffic.Party> known,
			Supplier<SouthboundTraffic.Party> stranger) {
		double roll = dice.nextDouble();
		SmugglingCell cell = new SmugglingCell(roll < 0.4 ? "BARREL" : roll < 0.6 ? "CONSOLIDATED" : roll < 0.8 ? "AIR" : "ROAD");
		boolean fromWorld = !known.isEmpty() && dice.nextDouble() < KNOWN_SHARE;
		int people = 1 + dice.nextInt(2);
		for (int i = 0; i < people; i++) {
			cell.shippers.add(fromWorld ? known.get(dice.nextInt(known.size())) : stranger.get());
			cell.phones.add("+1 786 " + (200 + dice.nextInt(800)) + " " + Text.zeroPadded(dice.nextInt(10_000), 4));
		}
		cell.plates.add("AZ" + Text.zeroPadded(dice.nextInt(1_000_000), 6));
		cell.plates.add("TX" + Text.zeroPadded(dice.nextInt(1_000_000), 6));
		int receivers = 2 + dice.nextInt(2);
		for (int i = 0; i < receivers; i++) {
			cell.consignees.add(fromWorld && dice.nextDouble() < 0.5 ? known.get(dice.nextInt(known.size())).name()
					: stranger.get().name());
		}
		return cell;
	}

	String channel() {
		return channel;
	}

	SouthboundTraffic.Party shipper(SplittableRandom dice) {
		return shippers.get(dice.nextInt(shippers.size()));
	}

	String phone(SplittableRandom dice) {
		return phones.get(dice.nextInt(phones.size()));
	}

	String plate(SplittableRandom dice) {
		return plates.get(dice.nextInt(plates.size()));
	}

	String consignee(SplittableRandom dice) {
		return consignees.get(dice.nextInt(consignees.size()));
	}

	/** The goods a shipment of this channel is declared as. */
	static ShippingLanes.Goods cover(String channel, SplittableRandom dice) {
		List<ShippingLanes.Goods> lawful = ShippingLanes.LAWFUL_GOODS;
		double roll = dice.nextDouble();
		return switch (channel) {
			case "BARREL" -> roll < 0.6 ? lawful.get(0) : roll < 0.9 ? lawful.get(2) : lawful.get(3);
			case "CONSOLIDATED" -> roll < 0.4 ? lawful.get(5) : roll < 0.75 ? lawful.get(2) : lawful.get(4);
			case "AIR" -> roll < 0.35 ? lawful.get(5) : roll < 0.6 ? lawful.get(4) : roll < 0.9 ? SPORTING : GUN_PARTS;
			default -> roll < 0.4 ? lawful.get(2) : roll < 0.7 ? lawful.get(1) : lawful.get(5);
		};
	}
}
