package org.irontrace.catalog;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words recovering agencies use for a firearm type, in English, Spanish and French.
 *
 * <p>A description such as {@code PISTOLA ESCUADRA CAL. 9MM} or {@code ARMAZON DE PISTOLA} names
 * the type somewhere among other words, so every known word or phrase in it is found (the longest
 * phrase wins where phrases overlap: {@code PISTOLET MITRAILLEUR} is a machine gun, not a pistol).
 * When several types are named, the most specific one wins: a frame or receiver of any gun is a
 * receiver, an automatic weapon of any shape is a machine gun, a pistol-grip shotgun is a shotgun.
 * {@code HANDGUN}, {@code ARMA CORTA} and {@code ARMA LARGA} name no single type and are left unknown.
 */
final class FirearmTypeNames {

	/** Most specific first. */
	private static final List<FirearmType> PRECEDENCE = List.of(FirearmType.RECEIVER, FirearmType.MACHINE_GUN,
			FirearmType.SHOTGUN, FirearmType.REVOLVER, FirearmType.RIFLE, FirearmType.PISTOL, FirearmType.OTHER);

	private static final int LONGEST_PHRASE = 4;

	private static final Map<String, FirearmType> BY_PHRASE = new HashMap<>();

	static {
		name(FirearmType.PISTOL, "PISTOL", "PISTOLA", "PISTOLET", "SEMI AUTOMATIC PISTOL", "PISTOLA SEMIAUTOMATICA",
				"PISTOLET SEMI AUTOMATIQUE", "DERRINGER",
				// Mexican usage: "escuadra" is a self-loading pistol, as opposed to a revolver
				"ESCUADRA");
		name(FirearmType.REVOLVER, "REVOLVER", "REVÓLVER", "REVOLVEUR");
		// In French "fusil" alone is also said of shotguns; the phrases that mean a shotgun are listed there.
		name(FirearmType.RIFLE, "RIFLE", "FUSIL", "CARABINA", "CARABINE", "CARBINE", "FUSIL DE ASALTO",
				"FUSIL D'ASSAUT", "RIFLE DE ASALTO", "ASSAULT RIFLE", "CUERNO DE CHIVO");
		name(FirearmType.SHOTGUN, "SHOTGUN", "ESCOPETA", "FUSIL DE CHASSE", "FUSIL A POMPE", "FUSIL À POMPE",
				"RIOT GUN");
		name(FirearmType.MACHINE_GUN, "MACHINE GUN", "MACHINEGUN", "SUBMACHINE GUN", "SUB MACHINE GUN",
				"SUBMACHINEGUN", "MACHINE PISTOL", "SMG", "AMETRALLADORA", "SUBAMETRALLADORA", "FUSIL AMETRALLADOR",
				"METRALLETA", "MITRAILLEUSE", "MITRAILLETTE", "PISTOLET MITRAILLEUR", "FUSIL MITRAILLEUR");
		name(FirearmType.RECEIVER, "RECEIVER", "FRAME", "LOWER", "LOWER RECEIVER", "RECEPTOR", "ARMAZON", "ARMAZÓN",
				"CARCASSE", "BOITE DE CULASSE", "BOÎTE DE CULASSE", "CAJON DE MECANISMOS");
		name(FirearmType.OTHER, "OTHER", "OTRO", "OTRA", "AUTRE", "ANY OTHER WEAPON");
	}

	private FirearmTypeNames() {
	}

	/** The type a written description names, empty when it names none or is blank. */
	static Optional<FirearmType> find(String asWritten) {
		String words = Spelling.words(asWritten);
		if (words == null) {
			return Optional.empty();
		}
		String[] tokens = words.split(" ");
		Set<FirearmType> named = EnumSet.noneOf(FirearmType.class);
		int at = 0;
		while (at < tokens.length) {
			int used = 1;
			for (int length = Math.min(LONGEST_PHRASE, tokens.length - at); length > 0; length--) {
				FirearmType type = BY_PHRASE.get(String.join(" ", List.of(tokens).subList(at, at + length)));
				if (type != null) {
					named.add(type);
					used = length;
					break;
				}
			}
			at += used;
		}
		return PRECEDENCE.stream().filter(named::contains).findFirst();
	}

	private static void name(FirearmType type, String... phrases) {
		for (String phrase : phrases) {
			BY_PHRASE.put(Spelling.words(phrase), type);
		}
		BY_PHRASE.put(Spelling.words(type.name()), type);
	}
}
