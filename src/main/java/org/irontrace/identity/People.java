package org.irontrace.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irontrace.identity.PeopleStore.StoredModel;
import org.irontrace.identity.matching.Explainer;
import org.irontrace.identity.matching.PersonResolver;
import org.irontrace.identity.matching.RecordContext;
import org.irontrace.identity.matching.Resolution;
import org.irontrace.identity.matching.ResolutionRequest;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * People behind the person records: resolution (incremental by default), the people found, the
 * explanation of any link, and analysts' judgements. One resolution runs at a time.
 */
@Service
public class People {

	private final PersonRecordSource source;

	private final PeopleStore store;

	private final PersonResolver resolver = new PersonResolver();

	private final ApplicationEventPublisher events;

	People(PersonRecordSource source, PeopleStore store, ApplicationEventPublisher events) {
		this.source = source;
		this.store = store;
		this.events = events;
	}

	/**
	 * Places every record not yet assigned to a person, blocking it against all records, with the
	 * latest model; {@code full} (or no model yet) learns a new model and places every record again.
	 */
	public synchronized ResolutionSummary resolve(Double threshold, boolean full) {
		if (threshold != null && !(threshold > 0 && threshold < 1)) {
			throw new BadRequestException("'threshold' must be a match probability between 0 and 1, exclusive");
		}
		long start = System.nanoTime();
		Optional<StoredModel> stored = full ? Optional.empty() : store.findLatestModel();
		double chosen = threshold != null ? threshold : stored.map(StoredModel::threshold).orElse(ResolutionRequest.DEFAULT_THRESHOLD);
		if (stored.isEmpty()) {
			store.unassignAll();
		}
		List<PersonRecord> records = source.listAll();
		Map<String, String> assigned = store.assignments();
		Assignments current = Assignments.of(records, assigned, store.listJudgements());
		ResolutionRequest request = ResolutionRequest.of(chosen)
			.withModel(stored.map(StoredModel::model).orElse(null))
			.incremental(current.fresh(), current.knownGroup())
			.withJudgements(current.same(), current.notSame())
			.withContext(source.contextOf(records));
		Resolution resolution = resolver.resolve(records, request);
		if (stored.isEmpty() || threshold != null && threshold != stored.get().threshold()) {
			store.saveModel(new StoredModel(chosen, resolution.model()));
		}
		List<String[]> changes = current.changes(resolution.personOf(), store::newPersonId);
		store.assign(changes);
		if (!changes.isEmpty()) {
			events.publishEvent(new PeopleResolved(changes.size()));
		}
		return new ResolutionSummary(records.size(), current.freshCount(), resolution.candidatePairs(), resolution.links(),
				resolution.people(), changes.size(), chosen, stored.isEmpty(), (System.nanoTime() - start) / 1e9);
	}

	public Person getPerson(String personId) {
		List<String> recordIds = store.listRecordsOf(personId);
		if (recordIds.isEmpty()) {
			throw new NotFoundException("No person " + personId);
		}
		List<PersonRecord> records = new ArrayList<>();
		for (String recordId : recordIds) {
			source.findRecord(recordId).ifPresent(records::add);
		}
		return new Person(personId, records);
	}

	public Optional<String> findPersonOf(String recordId) {
		return store.findPersonOf(recordId);
	}

	/** Why two records are or are not one person, under the latest model (learnt first if there is none). */
	public synchronized LinkExplanation explain(String recordA, String recordB) {
		PersonRecord a = getRecord(recordA);
		PersonRecord b = getRecord(recordB);
		StoredModel model = store.findLatestModel().orElseGet(() -> {
			resolve(null, false);
			return store.findLatestModel().orElseThrow();
		});
		Optional<String> personA = store.findPersonOf(a.recordId());
		Optional<String> personB = store.findPersonOf(b.recordId());
		Boolean same = personA.isPresent() && personB.isPresent() ? personA.equals(personB) : null;
		Judgement judgement = store.findJudgement(first(recordA, recordB), second(recordA, recordB)).orElse(null);
		Explainer explainer = resolver.explainer(source.listAll(), model.model());
		List<RecordContext> context = source.contextOf(List.of(a, b));
		RecordContext contextA = context == null ? RecordContext.NONE : context.get(0);
		RecordContext contextB = context == null ? RecordContext.NONE : context.get(1);
		return explainer.explain(a, b)
			.withConclusion(model.threshold(), same, judgement)
			.withNameOnlyRule(explainer.nameOnlyRule(a, contextA, b, contextB, sameSource(contextA, contextB)));
	}

	/** Whether the guns both records held were first sold to one person. */
	private boolean sameSource(RecordContext a, RecordContext b) {
		if (a.gunSoldTo() == null || b.gunSoldTo() == null) {
			return false;
		}
		Optional<String> source = store.findPersonOf(a.gunSoldTo());
		return source.isPresent() && source.equals(store.findPersonOf(b.gunSoldTo()));
	}

	/** Keeps the judgement and places the records of both people again, so it takes effect at once. */
	public synchronized Judgement judge(String recordA, String recordB, boolean same, String note) {
		if (recordA.equals(recordB)) {
			throw new BadRequestException("A record is always the same person as itself");
		}
		getRecord(recordA);
		getRecord(recordB);
		Judgement judgement = new Judgement(first(recordA, recordB), second(recordA, recordB), same, note, Instant.now());
		store.saveJudgement(judgement);
		store.unassignPeopleOf(List.of(recordA, recordB));
		resolve(null, false);
		return judgement;
	}

	private PersonRecord getRecord(String recordId) {
		return source.findRecord(recordId).orElseThrow(() -> new NotFoundException("No person record " + recordId));
	}

	private static String first(String a, String b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static String second(String a, String b) {
		return a.compareTo(b) <= 0 ? b : a;
	}

	static Map<String, Integer> indexOf(List<PersonRecord> records) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			index.put(records.get(i).recordId(), i);
		}
		return index;
	}

	/**
	 * After records were removed (the demo world's): the people are resolved again from those left, and
	 * with none left nothing is kept, not even the model learned from the removed ones.
	 */
	public synchronized void forgetRemovedRecords() {
		if (source.listAll().isEmpty()) {
			store.forgetEveryone();
		}
		else {
			resolve(null, true);
		}
	}
}
