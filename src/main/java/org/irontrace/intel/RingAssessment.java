package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.network.Ring;
import org.irontrace.platform.Wording;

/** Turns a ring of the link graph into a lead, telling what holds it together and where its guns went. */
final class RingAssessment {

	private static final Map<String, String> LINK_WORDS = Map.of("FOUND_WITH", "a gun one bought was found with another",
			"RECOVERED_TOGETHER", "their guns were seized together", "SHARED_ADDRESS", "they gave the same address",
			"SHARED_DOCUMENT", "they showed the same identity document",
			"SAME_DEALERS_SAME_WEEKS", "they bought at the same dealers within two months of each other",
			"BOUGHT_ALONGSIDE", "buyers of crime guns who bought at the same counter in the same weeks, again and again",
			"FOUND_WITH_SAME_NAMED_PERSON", "guns of both were taken from a person of the same name",
			"REPEAT_BUYER_SAME_COUNTER",
			"someone who bought several guns within two months bought at a crime-gun buyer's counter within two weeks of them",
			"BALLISTIC_LINK", "their guns are linked by ballistics");

	LeadDraft assess(Ring ring) {
		if (ring.guns().size() < 3) {
			return null;
		}
		List<Evidence> evidence = new ArrayList<>();
		ring.links().forEach((kind, count) -> evidence.add(Evidence.of("RING_" + kind,
				count + " link(s): " + LINK_WORDS.getOrDefault(kind, kind.toLowerCase()), List.of(ring.ringId()),
				Wording.of("RING_LINKS", count, Wording.of("link." + kind)))));
		evidence.add(Evidence.of("RING_GUNS", ring.guns().size() + " crime guns bought by " + ring.purchasers().size()
				+ " purchaser(s) from " + ring.licences().size() + " dealer(s)", ring.guns(),
				Wording.of("RING_GUNS", ring.guns().size(), ring.purchasers().size(), ring.licences().size())));
		List<String> corridors = ring.corridors().stream()
			.map(c -> c.sourceState() + " -> " + c.recoveryCountry() + (c.recoveryArea() == null ? "" : "/" + c.recoveryArea())
					+ " (" + c.guns() + ")")
			.toList();
		if (!corridors.isEmpty()) {
			evidence.add(Evidence.of("CORRIDOR", "guns travelled " + String.join(", ", corridors), corridors,
					Wording.of("CORRIDOR", String.join(", ", corridors))));
		}
		if (!ring.seenBeside().isEmpty()) {
			evidence.add(Evidence.of("RING_SEEN_BESIDE", ring.seenBeside().size()
					+ " more person(s) seen beside the ring: reached by weak ties alone, more of them to people outside it",
					List.of(ring.ringId()), Wording.of("RING_SEEN_BESIDE", ring.seenBeside().size())));
		}
		// The buyers first, then the people the ring supplies, then those seen beside it, each marked:
		// the ring's size is its buyers'.
		List<LeadPerson> members = java.util.stream.Stream.of(ring.buyers(), ring.receivers(), ring.seenBeside())
			.flatMap(List::stream)
			.map(m -> new LeadPerson(m.personId(), m.firstName(), m.lastName(), m.dob(), m.links(), m.receiver(),
					m.beside() ? Boolean.TRUE : null))
			.toList();
		int buyers = ring.buyers().size();
		int receivers = ring.receivers().size();
		String summary = "Ring of " + buyers + " people" + (receivers == 0 ? "" : " and " + receivers + " receiver(s)") + ", "
				+ ring.guns().size() + " crime guns" + (corridors.isEmpty() ? "" : ", main corridor " + corridors.get(0));
		return new LeadDraft(LeadType.RING, ring.ringId(), ring.score(), summary, evidence, members, ring.licences(),
				ring.contributingAgencies(), summaryWording(buyers, receivers, ring.guns().size(), corridors));
	}

	private static Wording summaryWording(int buyers, int receivers, int guns, List<String> corridors) {
		if (receivers == 0) {
			return corridors.isEmpty() ? Wording.of("RING", buyers, guns) : Wording.of("RING_WITH_CORRIDOR", buyers, guns, corridors.get(0));
		}
		return corridors.isEmpty() ? Wording.of("RING_AND_RECEIVERS", buyers, guns, receivers)
				: Wording.of("RING_AND_RECEIVERS_WITH_CORRIDOR", buyers, guns, receivers, corridors.get(0));
	}
}
