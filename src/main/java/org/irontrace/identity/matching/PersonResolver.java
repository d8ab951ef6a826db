package org.irontrace.identity.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.identity.PersonRecord;

/**
 * Resolves person records into people: prepares the records, finds candidate pairs by blocking,
 * learns the model by EM when none is given, scores the pairs, and clusters the links above the
 * threshold into people, honouring judgements. Holds everything in memory (a million records need
 * about a gigabyte) and uses every processor it is given.
 */
public final class PersonResolver {

	private static final int MAX_BLOCK = 1000;

	private final RecordPreparation preparation;

	private final int threads;

	public PersonResolver() {
		this(Runtime.getRuntime().availableProcessors());
	}

	public PersonResolver(int threads) {
		this.preparation = new RecordPreparation(NameVariants.standard(), AddressForms.standard());
		this.threads = Math.max(1, threads);
	}

	public Resolution resolve(List<PersonRecord> records, ResolutionRequest request) {
		PreparedRecord[] prepared = preparation.prepareAll(records);
		Blocking blocking = new Blocking(BlockingRule.STANDARD, MAX_BLOCK, threads);
		PairFilter filter = filter(prepared, request);
		List<CandidatePairs> candidates = blocking.candidates(prepared, filter);
		MatchModel model = request.model() != null ? request.model()
				: new ModelTraining(MAX_BLOCK, threads).train(prepared, filter, candidates);
		PairScore score = new PairScore(model, prepared, new TermFrequencies(prepared, r -> r.firstName),
				new TermFrequencies(prepared, r -> r.lastName));
		Links links = Links.above(candidates, score, MatchModel.weightOf(request.threshold()), prepared);
		List<int[]> walls = coherenceWalls(prepared, links, request);
		Clustering clustering = cluster(prepared.length, request, links, walls);
		NameOnlyLinks nameOnly = new NameOnlyLinks(prepared, context(request, records.size()), filter);
		long nameOnlyLinks = nameOnly.find(request.context() == null ? Map.of() : indexOf(records), clustering);
		nameOnly.joinInto(clustering);
		int[] groups = clustering.groups();
		int people = 0;
		for (int group : groups) {
			people = Math.max(people, group + 1);
		}
		long pairs = candidates.stream().mapToLong(CandidatePairs::size).sum();
		return new Resolution(groups, people, model, pairs, links.size() + nameOnlyLinks, blocking.oversizedBlocks, candidates,
				walls.size());
	}

	/** The explanation of one pair under a model, in a population whose name frequencies are those of {@code all}. */
	public Explainer explainer(List<PersonRecord> all, MatchModel model) {
		PreparedRecord[] prepared = preparation.prepareAll(all);
		java.util.Map<String, Integer> namesakes = new java.util.HashMap<>();
		for (PreparedRecord record : prepared) {
			String key = NameOnlyLinks.nameKey(record);
			if (key != null) {
				namesakes.merge(key, 1, Integer::sum);
			}
		}
		return new Explainer(preparation, model, new TermFrequencies(prepared, r -> r.firstName),
				new TermFrequencies(prepared, r -> r.lastName), namesakes);
	}

	private static PairFilter filter(PreparedRecord[] records, ResolutionRequest request) {
		boolean[] fresh = request.fresh();
		if (request.acrossSourcesOnly()) {
			return fresh == null ? (a, b) -> !records[a].source.equals(records[b].source)
					: (a, b) -> (fresh[a] || fresh[b]) && !records[a].source.equals(records[b].source);
		}
		return fresh == null ? (a, b) -> true : (a, b) -> fresh[a] || fresh[b];
	}

	/**
	 * The walls the coherence check puts inside the people the links alone make. Analysts' "same"
	 * judgements and the people an incremental run starts from are decisions, not chains: no wall
	 * is put between records they join.
	 */
	private static List<int[]> coherenceWalls(PreparedRecord[] prepared, Links links, ResolutionRequest request) {
		Clustering linked = new Clustering(prepared.length);
		links.joinInto(linked, false);
		List<int[]> walls = Coherence.walls(linked.groups(), prepared, links.sortedPairs());
		if (walls.isEmpty() || request.same().isEmpty() && request.knownGroup() == null) {
			return walls;
		}
		Clustering decided = new Clustering(prepared.length);
		request.same().forEach(pair -> decided.join(pair[0], pair[1]));
		joinKnownGroups(decided, request.knownGroup());
		return walls.stream().filter(wall -> decided.find(wall[0]) != decided.find(wall[1])).toList();
	}

	/** People from the links, with judgements and the coherence walls; strongest links first when there are walls. */
	private static Clustering cluster(int records, ResolutionRequest request, Links links, List<int[]> walls) {
		Clustering clustering = new Clustering(records);
		request.notSame().forEach(pair -> clustering.keepApart(pair[0], pair[1]));
		walls.forEach(pair -> clustering.keepApart(pair[0], pair[1]));
		request.same().forEach(pair -> clustering.join(pair[0], pair[1]));
		joinKnownGroups(clustering, request.knownGroup());
		links.joinInto(clustering, !request.notSame().isEmpty() || !walls.isEmpty());
		return clustering;
	}

	private static RecordContext[] context(ResolutionRequest request, int records) {
		if (request.context() == null) {
			return null;
		}
		if (request.context().size() != records) {
			throw new IllegalArgumentException("one context per record is needed, or none");
		}
		RecordContext[] context = request.context().toArray(new RecordContext[0]);
		for (int i = 0; i < context.length; i++) {
			context[i] = context[i] == null ? RecordContext.NONE : context[i];
		}
		return context;
	}

	private static Map<String, Integer> indexOf(List<PersonRecord> records) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			index.put(records.get(i).recordId(), i);
		}
		return index;
	}

	private static void joinKnownGroups(Clustering clustering, int[] knownGroup) {
		if (knownGroup == null) {
			return;
		}
		Map<Integer, Integer> firstOfGroup = new HashMap<>();
		for (int i = 0; i < knownGroup.length; i++) {
			if (knownGroup[i] >= 0) {
				Integer first = firstOfGroup.putIfAbsent(knownGroup[i], i);
				if (first != null) {
					clustering.join(first, i);
				}
			}
		}
	}
}
