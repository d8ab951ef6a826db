package org.irontrace.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ballistic examiners of the recovering countries (IBIS). Guns in the hands of one trafficking
 * network's end users fire at crime scenes before they are seized, some at the same scenes; once a
 * gun is recovered and test-fired, its casings are matched to those scenes (gun to case) and, where
 * two recovered guns fired at one scene, to each other (gun to gun). A few probable hits are false
 * leads to another network's scene. Links stay within one recovering country.
 */
final class BallisticExaminers {

	/** A recovered gun of the network, as the examiner receives it. */
	record Exhibit(String agency, String recoveryId, String country, int day, String crimeCode) {
	}

	private record Scene(String agency, String caseId, int day, String trafficking, List<Exhibit> fired) {
	}

	private static final Set<String> VIOLENT = Set.of("HOMICIDE", "ASSAULT", "ORGANIZED_CRIME", "DRUG_TRAFFICKING");

	/** Recent scenes of each country, for the rare false lead; bounded so memory stays flat. */
	private static final int RECENT = 64;

	private final World world;

	private final Dice dice;

	private final BallisticLinkFile file;

	private final Map<String, long[]> cases = new TreeMap<>();

	private final Map<String, ArrayDeque<Scene>> recent = new TreeMap<>();

	BallisticExaminers(World world, Dice dice, BallisticLinkFile file) {
		this.world = world;
		this.dice = dice;
		this.file = file;
	}

	long linksWritten() {
		return file.written();
	}

	/** Examines the recovered guns of one trafficking case (border seizures excluded: no shooting there). */
	void examine(String trafficking, List<Exhibit> exhibits) {
		List<Scene> scenes = new ArrayList<>();
		for (Exhibit gun : exhibits) {
			boolean caribbean = !"MX".equals(gun.country());
			double fired = VIOLENT.contains(gun.crimeCode()) ? (caribbean ? 0.5 : 0.35) : 0.12;
			if (!dice.chance(fired)) {
				continue;
			}
			int shootings = 1;
			while (shootings < 5 && dice.chance(0.4)) {
				shootings++;
			}
			for (int i = 0; i < shootings; i++) {
				Scene shared = sharedScene(scenes, gun);
				Scene scene = shared != null ? shared : newScene(gun, trafficking);
				if (shared == null) {
					scenes.add(scene);
				}
				link(gun, scene);
			}
			if (dice.chance(0.05)) {
				falseLead(gun);
			}
		}
		for (Scene scene : scenes) {
			ArrayDeque<Scene> pool = recent.computeIfAbsent(scene.fired().get(0).country(), c -> new ArrayDeque<>());
			pool.addLast(scene);
			if (pool.size() > RECENT) {
				pool.removeFirst();
			}
		}
	}

	/** A scene where another gun of the network fired before this one was seized, if the dice say so. */
	private Scene sharedScene(List<Scene> scenes, Exhibit gun) {
		if (scenes.isEmpty() || !dice.chance(0.35)) {
			return null;
		}
		Scene scene = scenes.get(dice.between(0, scenes.size() - 1));
		return scene.day() < gun.day() && !scene.fired().contains(gun) ? scene : null;
	}

	private Scene newScene(Exhibit gun, String trafficking) {
		int day = Math.max(world.firstDay(), gun.day() - dice.between(1, 240));
		long number = ++cases.computeIfAbsent(gun.agency(), a -> new long[1])[0];
		String caseId = "CS-" + world.calendar.iso(day).substring(0, 4) + "-" + Text.zeroPadded(number, 6);
		return new Scene(gun.agency(), caseId, day, trafficking, new ArrayList<>());
	}

	/** The gun to the scene's case, and to every recovered gun that fired there before. */
	private void link(Exhibit gun, Scene scene) {
		int day = gun.day() + dice.between(3, 90);
		if (day <= world.lastDay()) {
			String item = BallisticLinkFile.recovery(gun.agency(), gun.recoveryId());
			file.write(gun.agency(), item, BallisticLinkFile.crimeScene(scene.agency(), scene.caseId()), day,
					dice.chance(0.85), scene.trafficking());
			for (Exhibit other : scene.fired()) {
				if (dice.chance(0.5)) {
					file.write(gun.agency(), item, BallisticLinkFile.recovery(other.agency(), other.recoveryId()), day,
							dice.chance(0.85), scene.trafficking());
				}
			}
		}
		scene.fired().add(gun);
	}

	/** A probable hit to a scene of another network in the same country: an examiner's false lead. */
	private void falseLead(Exhibit gun) {
		ArrayDeque<Scene> pool = recent.get(gun.country());
		int day = gun.day() + dice.between(3, 90);
		if (pool == null || pool.isEmpty() || day > world.lastDay()) {
			return;
		}
		Scene other = new ArrayList<>(pool).get(dice.between(0, pool.size() - 1));
		file.write(gun.agency(), BallisticLinkFile.recovery(gun.agency(), gun.recoveryId()),
				BallisticLinkFile.crimeScene(other.agency(), other.caseId()), day, false, null);
	}
}
