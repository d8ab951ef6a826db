package org.irontrace.simulation;

/**
 * Everything one run of the simulator shares: settings, the seeded dice, reference tables, the
 * licensees, and the writers of the output files. Bounded whatever the number of firearms.
 */
final class World {

	final SimulationSettings settings;

	final Dice dice;

	final WorldCalendar calendar;

	final Catalogue catalogue;

	final SerialMint mint;

	final UsPlaces places;

	final NameBook names;

	final People people;

	final PersonRecorder recorder;

	final LicenseeRegistry licensees;

	final Corridors corridors;

	final Destinations destinations;

	final TypeMix types = new TypeMix();

	final RecoveryDescriber describer;

	final CommerceLedger ledger;

	final RecoveryFile recoveries;

	final GroundTruth truth;

	final CalibrationTally tally = new CalibrationTally();

	/**
	 * The agencies' own paperwork (trace answers, incidents, ballistics, registries) draws from a
	 * second stream, so adding it never shifts a draw of the ledger or of the recoveries.
	 */
	final Dice agencyDice;

	final CriminalGroups groups = new CriminalGroups();

	final Incidents incidents;

	final TraceAnswerTally traceTally = new TraceAnswerTally();

	final TraceDesk traceDesk;

	final BallisticExaminers ballistics;

	/** Told of each trafficking case as it is made (the southbound traffic takes its people as shippers). */
	java.util.function.Consumer<TraffickingCase> casesWatched = trafficking -> {
	};

	World(SimulationSettings settings, WorldFiles files) {
		this.settings = settings;
		this.dice = new Dice(settings.seed());
		this.calendar = new WorldCalendar(settings.fromYear(), settings.toYear());
		this.catalogue = new Catalogue();
		this.mint = new SerialMint(catalogue.models(), dice);
		this.places = new UsPlaces();
		this.names = new NameBook();
		this.people = new People(names, calendar);
		this.recorder = new PersonRecorder(names, calendar);
		this.licensees = new LicenseeRegistry(settings.firearms(), catalogue, places, names, dice);
		this.corridors = new Corridors(places);
		this.destinations = new Destinations();
		this.describer = new RecoveryDescriber(dice);
		this.ledger = new CommerceLedger(files.commerce(), calendar, settings.seed());
		this.recoveries = new RecoveryFile(files.recoveries(), calendar);
		this.truth = files.truth();
		this.agencyDice = new Dice(settings.seed() ^ 0x9E3779B97F4A7C15L);
		this.incidents = new Incidents(this, agencyDice);
		this.ballistics = new BallisticExaminers(this, agencyDice, new BallisticLinkFile(files.ballisticLinks(), this));
		this.traceDesk = new TraceDesk(this, agencyDice, new TraceResultFile(files.traceResults(), calendar), traceTally);
	}

	int firstDay() {
		return calendar.firstDay();
	}

	int lastDay() {
		return calendar.lastDay();
	}

	/** A US resident of {@code state}, with the naming customs common there. */
	Person resident(String state, Dice dice, int minAge, int maxAge) {
		double hispanic = switch (state) {
			case "TX", "CA", "AZ", "NM" -> 0.4;
			case "FL", "NY", "NJ", "IL", "NV", "CO" -> 0.2;
			default -> 0.08;
		};
		double caribbean = switch (state) {
			case "FL", "NY", "GA", "NJ" -> 0.08;
			default -> 0.01;
		};
		double roll = dice.uniform();
		Culture culture = roll < hispanic ? Culture.HISPANIC : roll < hispanic + caribbean ? Culture.CARIBBEAN : Culture.ANGLO;
		return people.resident(culture, places.city(state, dice), minAge, maxAge, dice);
	}
}
