package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one trafficking case from start to finish: its crew, every gun's lawful history up to the
 * moment it was diverted, the seizures of the guns that are recovered, and the case's ground truth.
 * Only the case in progress is held in memory.
 */
final class TraffickingOperation {

	/** Share of trafficked guns that are recovered and traced before the world ends. */
	private static final double RECOVERY_RATE = 0.6;

	/**
	 * Mexico's trace requests far outnumber the Caribbean's (about 17,000 against 1,500 a year); the
	 * world gives the Caribbean a quarter so that its figures rest on enough guns even in the demo.
	 */
	private final QuotaDraw regions = new QuotaDraw(75, 25);

	private final QuotaDraw channels = new QuotaDraw(TraffickingChannel.shares());

	private final World world;

	private final SupplyChain supply;

	private final Seizures seizures;

	private final CaseCrew crews;

	private final AcquisitionPlan plans;

	private final MultipleSales multipleSales = new MultipleSales();

	private long cases;

	TraffickingOperation(World world, SupplyChain supply, Seizures seizures) {
		this.world = world;
		this.supply = supply;
		this.seizures = seizures;
		this.crews = new CaseCrew(world);
		this.plans = new AcquisitionPlan(world);
	}

	void run(int size) {
		Dice dice = world.dice;
		TraffickingChannel channel = TraffickingChannel.values()[channels.draw(dice)];
		int start = plans.start(dice);
		// Quotas count the guns expected to be recovered, which are what the calibration measures.
		int recoverable = (int) Math.max(1, Math.round(size * RECOVERY_RATE
				* Transit.within(world.lastDay() - start - Math.min(365, 10.0 * size))));
		int regionIndex = regions.next(dice, recoverable);
		regions.add(regionIndex, recoverable);
		Region region = Region.values()[regionIndex];
		Corridors.Source source = world.corridors.nextSource(region, recoverable, dice);
		String state = world.corridors.sourceState(source, dice);
		TraffickingCase trafficking = new TraffickingCase("C" + Text.zeroPadded(++cases, 7), channel,
				source.routes().draw(dice), state, size);
		crews.assemble(trafficking);
		List<RecoveredGun> recovered = new ArrayList<>();
		for (PlannedGun planned : plans.plan(trafficking, start)) {
			divert(trafficking, planned, recovered, dice);
		}
		multipleSales.mark();
		seizures.write(trafficking, recovered);
		world.truth.add(GroundTruth.Section.TRAFFICKING_CASES, trafficking.truth());
		if (trafficking.recruiter != null) {
			world.truth.add(GroundTruth.Section.PEOPLE, Seizures.personTruth(trafficking.recruiter, "RECRUITER"));
		}
		String role = channel == TraffickingChannel.STRAW_PURCHASE ? "STRAW_PURCHASER" : "TRAFFICKER";
		trafficking.crew.forEach(person -> world.truth.add(GroundTruth.Section.PEOPLE, Seizures.personTruth(person, role)));
		trafficking.receivers
			.forEach(person -> world.truth.add(GroundTruth.Section.PEOPLE, Seizures.personTruth(person, "RECEIVER")));
		world.tally.traffickingCase(channel, size);
		world.casesWatched.accept(trafficking);
	}

	private void divert(TraffickingCase trafficking, PlannedGun planned, List<RecoveredGun> recovered, Dice dice) {
		Acquisition how = planned.acquisition();
		int diverted = planned.day();
		Licensee dealer = planned.dealer();
		Person buyer = planned.buyer();
		int saleDay = how == Acquisition.NEW_RETAIL ? diverted : -1;
		if (how == Acquisition.FROM_LAWFUL_OWNER) {
			int available = diverted - world.firstDay() - 60;
			int owned = dice.between(Math.min(3 * 365, available), Math.min(9 * 365, available));
			saleDay = diverted - owned;
			dealer = world.licensees.dealerIn(trafficking.sourceState, dice);
			buyer = world.resident(trafficking.sourceState, dice, 21, 70);
		}
		int recoveryDay = diverted + Transit.draw(dice);
		boolean isRecovered = recoveryDay <= world.lastDay() && dice.chance(RECOVERY_RATE);
		boolean atBorder = isRecovered && trafficking.region() == Region.MEXICO && dice.chance(0.03);
		if (atBorder) {
			recoveryDay = Math.min(world.lastDay(), diverted + dice.between(1, 20));
		}
		Region region = trafficking.region();
		GunType type = isRecovered && !atBorder ? world.types.recoveredIn(region, dice) : world.types.traffickedTo(region, dice);
		GunModel model = world.catalogue.draw(region.usMarket(), type, dice);
		Gun gun = new Gun(model, world.mint.next(model), dice.chance(0.025));
		supply.stock(gun, dealer, (saleDay >= 0 ? saleDay : diverted) - dice.between(1, 150));
		switch (how) {
			case NEW_RETAIL, FROM_LAWFUL_OWNER -> {
				supply.sell(gun, dealer, saleDay, buyer);
				multipleSales.sold(gun, buyer, dealer, saleDay);
			}
			case OFF_BOOK -> {
				if (dice.chance(0.35)) {
					supply.endAt(gun, dealer, diverted, EventType.LOST);
				}
			}
			case STOLEN_FROM_DEALER -> supply.endAt(gun, dealer, diverted, EventType.STOLEN);
		}
		Provenance origin = new Provenance(trafficking.id, trafficking.channel, trafficking.sourceState, saleDay, false);
		world.truth.add(GroundTruth.Section.FIREARMS, new JsonObject().field("manufacturer", model.maker())
			.field("serial_number", gun.serial)
			.field("importer", model.importer())
			.field("model", model.model())
			.field("country_of_manufacture", model.country())
			.field("origin", "US_TRAFFICKED")
			.field("case_id", trafficking.id)
			.field("channel", trafficking.channel.name())
			.field("acquisition", how.name())
			.field("corridor", trafficking.corridor.name())
			.field("source_state", trafficking.sourceState)
			.field("source_dealer", dealer.number())
			.field("first_sale_date", saleDay < 0 ? null : world.calendar.iso(saleDay))
			.field("first_sale_event", gun.firstSaleEvent)
			.field("maker_records_missing", gun.makerRecordsMissing)
			.field("recovered", isRecovered));
		world.tally.traffickedGun(trafficking.channel);
		if (isRecovered) {
			recovered.add(new RecoveredGun(gun, origin, recoveryDay, atBorder));
		}
	}
}
