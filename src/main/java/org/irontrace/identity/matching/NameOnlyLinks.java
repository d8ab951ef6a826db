package org.irontrace.identity.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison model for records that carry a name and nothing else (no birth date, address or
 * document): most possessors in recovery reports. The Fellegi-Sunter model cannot weigh them (a
 * name alone is as likely two namesakes as one person), so they are linked here on names that agree
 * and on what the link graph knows around them, strongest evidence first:
 * <ol>
 * <li>the gun the possessor held was first sold to a purchaser of that name;</li>
 * <li>both were written at one seizure (same agency, day and place);</li>
 * <li>the guns both held were first sold to one person (one straw purchaser supplies few receivers);</li>
 * <li>both were written in one area within a year, and the name is rare in the population;</li>
 * <li>with no context at all, only the exact full name with two surnames, carried by one person.</li>
 * </ol>
 * A name-only record may join one person, never bridge two: two groups that each hold a record
 * with more than a name are joined only by the main model, so namesakes are not chained together.
 */
final class NameOnlyLinks {

	/** Days within which two records of one area and one rare name are read as one person. */
	static final int AREA_DAYS = 365;

	/** A name (given name + first surname) is rare when at most this many records carry it. */
	static final int RARE_NAME = 6;

	private static final int GUN = 0;

	private static final int OCCASION = 1;

	private static final int SOURCE = 2;

	private static final int AREA = 3;

	private static final int NAME = 4;

	private final PreparedRecord[] records;

	private final RecordContext[] context;

	private final PairFilter filter;

	private final boolean[] nameOnly;

	private final Map<String, Integer> nameCounts = new HashMap<>();

	private final List<long[]> links = new ArrayList<>();

	NameOnlyLinks(PreparedRecord[] records, RecordContext[] context, PairFilter filter) {
		this.records = records;
		this.context = context;
		this.filter = filter;
		this.nameOnly = new boolean[records.length];
		for (int i = 0; i < records.length; i++) {
			nameOnly[i] = isNameOnly(records[i]);
			String key = nameKey(records[i]);
			if (key != null) {
				nameCounts.merge(key, 1, Integer::sum);
			}
		}
	}

	static boolean isNameOnly(PreparedRecord r) {
		return r.year == 0 && r.month == 0 && r.day == 0 && r.street == null && r.postcode == null && r.idNumber == null
				&& r.city == null && r.firstName != null && r.lastName != null;
	}

	/** Finds the links (gun, seizure, area and name rules) and answers how many there are. */
	int find(Map<String, Integer> indexOfRecord, Clustering people) {
		if (context != null) {
			int[] sourceOf = new int[records.length];
			java.util.Arrays.fill(sourceOf, -1);
			for (int i = 0; i < records.length; i++) {
				String soldTo = context[i].gunSoldTo();
				Integer j = soldTo == null ? null : indexOfRecord.get(soldTo);
				if (j != null && j != i) {
					sourceOf[i] = people.find(j);
					if ((nameOnly[i] || nameOnly[j]) && filter.wanted(i, j) && namesAgree(i, j)) {
						links.add(new long[] { GUN, i, j });
					}
				}
			}
			for (List<Integer> group : groups(i -> sourceOf[i] < 0 || nameKey(records[i]) == null ? null
					: sourceOf[i] + "|" + nameKey(records[i]))) {
				pairsWithin(group, SOURCE);
			}
			for (List<Integer> group : groups(i -> context[i].occasion() == null ? null : context[i].occasion())) {
				pairsWithin(group, OCCASION);
			}
			for (List<Integer> group : groups(i -> context[i].area() == null || nameKey(records[i]) == null ? null
					: context[i].area() + '|' + nameKey(records[i]))) {
				pairsWithin(group, AREA);
			}
		}
		for (List<Integer> group : groups(i -> fullNameKey(records[i]))) {
			pairsWithin(group, NAME);
		}
		links.sort((x, y) -> Long.compare(x[0], y[0]));
		return links.size();
	}

	/** Joins the links into the people found by the main model, a name-only record into one person at most. */
	void joinInto(Clustering clustering) {
		boolean[] anchored = new boolean[records.length];
		for (int i = 0; i < records.length; i++) {
			if (!nameOnly[i]) {
				anchored[clustering.find(i)] = true;
			}
		}
		for (long[] link : links) {
			int a = (int) link[1];
			int b = (int) link[2];
			int ra = clustering.find(a);
			int rb = clustering.find(b);
			if (ra == rb || anchored[ra] && anchored[rb]) {
				continue;
			}
			if (clustering.join(a, b)) {
				anchored[clustering.find(a)] = anchored[ra] || anchored[rb];
			}
		}
	}

	private void pairsWithin(List<Integer> group, int rule) {
		if (group.size() > 200) {
			return;
		}
		for (int x = 0; x < group.size(); x++) {
			for (int y = x + 1; y < group.size(); y++) {
				int a = group.get(x);
				int b = group.get(y);
				if ((nameOnly[a] || nameOnly[b]) && filter.wanted(a, b) && accepted(a, b, rule)) {
					links.add(new long[] { rule, a, b });
				}
			}
		}
	}

	private boolean accepted(int a, int b, int rule) {
		switch (rule) {
			case OCCASION:
			case SOURCE:
				return namesAgree(a, b);
			case AREA:
				return namesAgree(a, b) && rare(a) && context[a].day() != 0 && context[b].day() != 0
						&& Math.abs(context[a].day() - context[b].day()) <= AREA_DAYS;
			default:
				return records[a].lastWords.length >= 2 && records[b].lastWords.length >= 2
						&& records[a].firstName.equals(records[b].firstName) && records[a].lastName.equals(records[b].lastName)
						&& rare(a);
		}
	}

	/**
	 * The rule that joins two records when one carries a name alone, strongest first, or null: the
	 * same tests as {@link #find}, for one pair ({@code namesake} records carry the pair's name key).
	 */
	static org.irontrace.identity.NameOnlyRule ruleBetween(PreparedRecord x, RecordContext cx, String idX, PreparedRecord y,
			RecordContext cy, String idY, boolean sameSourcePerson, int namesakes) {
		if (!(isNameOnly(x) || isNameOnly(y)) || !namesAgree(x, y)) {
			return null;
		}
		if (idY.equals(cx.gunSoldTo()) || idX.equals(cy.gunSoldTo())) {
			return org.irontrace.identity.NameOnlyRule.GUN_SOLD_TO_PURCHASER;
		}
		if (cx.occasion() != null && cx.occasion().equals(cy.occasion())) {
			return org.irontrace.identity.NameOnlyRule.SAME_SEIZURE;
		}
		if (sameSourcePerson) {
			return org.irontrace.identity.NameOnlyRule.SAME_SOURCE_PURCHASER;
		}
		boolean rare = namesakes <= RARE_NAME;
		if (rare && cx.area() != null && cx.area().equals(cy.area()) && cx.day() != 0 && cy.day() != 0
				&& Math.abs(cx.day() - cy.day()) <= AREA_DAYS) {
			return org.irontrace.identity.NameOnlyRule.SAME_AREA_RARE_NAME;
		}
		if (rare && x.lastWords.length >= 2 && y.lastWords.length >= 2 && x.firstName.equals(y.firstName)
				&& x.lastName.equals(y.lastName)) {
			return org.irontrace.identity.NameOnlyRule.RARE_FULL_NAME;
		}
		return null;
	}

	/** Given names that are the same, a variant or one of several; surnames with a word in common or one slip apart. */
	private boolean namesAgree(int a, int b) {
		return namesAgree(records[a], records[b]);
	}

	private static boolean namesAgree(PreparedRecord x, PreparedRecord y) {
		if (x.firstName == null || y.firstName == null || x.lastName == null || y.lastName == null) {
			return false;
		}
		int given = Comparisons.firstName(x, y);
		int surname = Comparisons.lastName(x, y);
		return given >= 4 && surname >= 5 || given == 5 && surname == 4;
	}

	private boolean rare(int record) {
		String key = nameKey(records[record]);
		return key != null && nameCounts.getOrDefault(key, 0) <= RARE_NAME;
	}

	/** Given name's first word and first surname: what a namesake shares. */
	static String nameKey(PreparedRecord r) {
		return r.firstWord == null || r.lastWords.length == 0 ? null : r.firstWord + ' ' + r.lastWords[0];
	}

	private static String fullNameKey(PreparedRecord r) {
		return r.firstName == null || r.lastWords.length < 2 ? null : r.firstName + '|' + r.lastName;
	}

	private interface Key {
		String of(int record);
	}

	/**
	 * Records grouped by a key (records without one left out), only the groups that hold a name-only
	 * record: a million records with more than names cost one pass and no map of their keys.
	 */
	private List<List<Integer>> groups(Key key) {
		Map<String, List<Integer>> byKey = new HashMap<>();
		for (int i = 0; i < records.length; i++) {
			String k = nameOnly[i] ? key.of(i) : null;
			if (k != null) {
				byKey.computeIfAbsent(k, x -> new ArrayList<>(2));
			}
		}
		if (byKey.isEmpty()) {
			return List.of();
		}
		for (int i = 0; i < records.length; i++) {
			String k = key.of(i);
			if (k != null && byKey.containsKey(k)) {
				byKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
			}
		}
		List<List<Integer>> groups = new ArrayList<>();
		for (List<Integer> group : byKey.values()) {
			if (group.size() > 1) {
				groups.add(group);
			}
		}
		return groups;
	}
}
