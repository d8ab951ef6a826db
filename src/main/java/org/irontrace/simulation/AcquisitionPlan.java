package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * When and how a case acquires its guns. Straw purchasers go on buying trips: one gun per dealer
 * per trip, trips at least a week apart, so no dealer sees two handguns (or two qualifying rifles in
 * TX, AZ, NM, CA) within 5 business days and no multiple-sale report is filed (Forms 3310.4,
 * 3310.12); a careless few buy several at one counter. A corrupt dealer takes most of a ring's
 * purchases. Other channels spread their acquisitions over the case's active months.
 */
final class AcquisitionPlan {

	private final World world;

	AcquisitionPlan(World world) {
		this.world = world;
	}

	/** The day a new case starts acquiring guns. */
	int start(Dice dice) {
		return dice.between(world.firstDay() + 60, Math.max(world.firstDay() + 60, world.lastDay() - 120));
	}

	List<PlannedGun> plan(TraffickingCase trafficking, int start) {
		Dice dice = world.dice;
		return trafficking.channel == TraffickingChannel.STRAW_PURCHASE ? strawTrips(trafficking, start, dice)
				: spread(trafficking, start, dice);
	}

	private List<PlannedGun> strawTrips(TraffickingCase trafficking, int start, Dice dice) {
		List<PlannedGun> plan = new ArrayList<>(trafficking.size);
		int members = trafficking.crew.size();
		int[] nextTrip = new int[members];
		for (int i = 0; i < members; i++) {
			nextTrip[i] = start + dice.between(0, 20);
		}
		int member = 0;
		while (plan.size() < trafficking.size) {
			int who = member++ % members;
			int day = Math.min(nextTrip[who], world.lastDay());
			int guns = Math.min(trafficking.size - plan.size(), dice.between(1, 3));
			boolean careless = dice.chance(0.15);
			Licensee counter = null;
			for (int g = 0; g < guns; g++) {
				if (counter == null || !careless) {
					boolean corrupt = trafficking.corruptDealer != null && g == 0 && dice.chance(0.6);
					counter = corrupt ? trafficking.corruptDealer : dice.pick(trafficking.dealers);
				}
				plan.add(new PlannedGun(Acquisition.NEW_RETAIL, day, counter, trafficking.crew.get(who)));
			}
			nextTrip[who] = day + dice.between(7, 35);
		}
		return plan;
	}

	private List<PlannedGun> spread(TraffickingCase trafficking, int start, Dice dice) {
		List<PlannedGun> plan = new ArrayList<>(trafficking.size);
		int span = Math.max(0, Math.min(world.lastDay() - start, 20 + trafficking.size * 10));
		boolean burglary = trafficking.channel == TraffickingChannel.THEFT && dice.chance(0.55);
		for (int i = 0; i < trafficking.size; i++) {
			int day = burglary ? start : start + dice.between(0, span);
			Acquisition how = burglary ? Acquisition.STOLEN_FROM_DEALER : how(trafficking, dice);
			Licensee dealer = how == Acquisition.OFF_BOOK ? trafficking.corruptDealer
					: burglary ? trafficking.dealers.get(0) : dice.pick(trafficking.dealers);
			plan.add(new PlannedGun(how, day, dealer, dice.pick(trafficking.crew)));
		}
		return plan;
	}

	private static Acquisition how(TraffickingCase trafficking, Dice dice) {
		double roll = dice.uniform();
		return switch (trafficking.channel) {
			case UNLICENSED_DEALING -> trafficking.corruptDealer != null
					? (roll < 0.45 ? Acquisition.OFF_BOOK : roll < 0.6 ? Acquisition.NEW_RETAIL : Acquisition.FROM_LAWFUL_OWNER)
					: (roll < 0.15 ? Acquisition.NEW_RETAIL : Acquisition.FROM_LAWFUL_OWNER);
			case ONLINE -> roll < 0.25 ? Acquisition.NEW_RETAIL : Acquisition.FROM_LAWFUL_OWNER;
			case GUN_SHOW -> roll < 0.35 ? Acquisition.NEW_RETAIL : Acquisition.FROM_LAWFUL_OWNER;
			default -> Acquisition.FROM_LAWFUL_OWNER;
		};
	}
}
