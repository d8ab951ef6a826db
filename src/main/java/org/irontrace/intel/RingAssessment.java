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
		List<LeadPerson> members = ring.members().stream()
			.map(m -> new LeadPerson(m.personId(), m.firstName(), m.lastName(), m.dob(), m.links())).toList();
		String summary = "Ring of " + ring.members().size() + " people, " + ring.guns().size() + " crime guns"
				+ (corridors.isEmpty() ? "" : ", main corridor " + corridors.get(0));
		return new LeadDraft(LeadType.RING, ring.ringId(), ring.score(), summary, evidence, members, ring.licences(),
				ring.contributingAgencies(), corridors.isEmpty() ? Wording.of("RING", ring.members().size(), ring.guns().size())
						: Wording.of("RING_WITH_CORRIDOR", ring.members().size(), ring.guns().size(), corridors.get(0)));
	}
}
