package org.irontrace.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.irontrace.identity.PeopleStore.StoredModel;
import org.irontrace.identity.matching.Explainer;
import org.irontrace.identity.matching.MatchModel;
import org.irontrace.identity.matching.PersonResolver;
import org.irontrace.platform.Accents;
import org.springframework.stereotype.Service;

/**
 * The pairs of person records an analyst should look at: those whose score lies nearest the
 * threshold, on either side, where the model is least sure, then those the resolution placed against
 * their own score (a pair scored a match but kept apart, as clustering or blocking may do, or the
 * reverse). Pairs already judged are left out, so a
 * judgement takes a pair off the queue for good. Pairs are drawn from records sharing the beginning
 * of a folded last name and a first initial (the usual blocking), each block capped so a common
 * surname cannot make the queue quadratic, and explained under the latest model.
 */
@Service
public class MatchReview {

	/** Records of one block compared at most, so that "García J" does not compare thousands of pairs. */
	static final int BLOCK_CAP = 40;

	/** Pairs further than this many bits from the threshold are sure enough to need no review. */
	static final double NEAR_BITS = 12;

	private final PersonRecordSource source;

	private final PeopleStore store;

	MatchReview(PersonRecordSource source, PeopleStore store) {
		this.source = source;
		this.store = store;
	}

	/** Up to {@code limit} unjudged pairs nearest the threshold, nearest first; none before a first resolution. */
	public List<LinkExplanation> listPairsToReview(int limit) {
		Optional<StoredModel> stored = store.findLatestModel();
		if (stored.isEmpty()) {
			return List.of();
		}
		List<PersonRecord> records = source.listAll();
		Map<String, String> personOf = store.assignments();
		Set<String> judged = new HashSet<>();
		store.listJudgements().forEach(j -> judged.add(j.recordA() + "~" + j.recordB()));
		Explainer explainer = new PersonResolver().explainer(records, stored.get().model());
		double threshold = stored.get().threshold();
		double thresholdWeight = MatchModel.weightOf(threshold);
		List<LinkExplanation> near = new ArrayList<>();
		for (List<PersonRecord> block : blocks(records).values()) {
			for (int i = 0; i < block.size(); i++) {
				for (int j = i + 1; j < block.size(); j++) {
					PersonRecord a = first(block.get(i), block.get(j));
					PersonRecord b = a == block.get(i) ? block.get(j) : block.get(i);
					if (judged.contains(a.recordId() + "~" + b.recordId())) {
						continue;
					}
					LinkExplanation explained = explainer.explain(a, b);
					String pa = personOf.get(a.recordId());
					String pb = personOf.get(b.recordId());
					Boolean same = pa != null && pb != null ? pa.equals(pb) : null;
					boolean disagree = same != null && same != explained.matchProbability() >= threshold;
					if (disagree || Math.abs(explained.matchWeight() - thresholdWeight) <= NEAR_BITS) {
						near.add(explained.withConclusion(threshold, same, null));
					}
				}
			}
		}
		near.sort(Comparator.comparingDouble((LinkExplanation e) -> Math.min(NEAR_BITS, Math.abs(e.matchWeight() - thresholdWeight)))
			.thenComparing(LinkExplanation::recordA).thenComparing(LinkExplanation::recordB));
		return near.subList(0, Math.min(limit, near.size()));
	}

	private static Map<String, List<PersonRecord>> blocks(List<PersonRecord> records) {
		Map<String, List<PersonRecord>> blocks = new LinkedHashMap<>();
		for (PersonRecord record : records) {
			String last = folded(record.lastName());
			String firstName = folded(record.firstName());
			if (last.isEmpty()) {
				continue;
			}
			String key = last.substring(0, Math.min(3, last.length())) + "|" + (firstName.isEmpty() ? "" : firstName.substring(0, 1));
			List<PersonRecord> block = blocks.computeIfAbsent(key, k -> new ArrayList<>());
			if (block.size() < BLOCK_CAP) {
				block.add(record);
			}
		}
		return blocks;
	}

	private static String folded(String name) {
		return name == null ? "" : Accents.fold(name).replaceAll("[^a-z]", "");
	}

	private static PersonRecord first(PersonRecord a, PersonRecord b) {
		return a.recordId().compareTo(b.recordId()) <= 0 ? a : b;
	}
}
