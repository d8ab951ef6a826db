package org.irontrace.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.irontrace.catalog.CriminalGroup;

/**
 * What an incident's guns add up to: how many, over which days, how many traced and US-sourced,
 * the US states their first retail sales were made in (largest first), the median time-to-crime
 * and the groups they were attributed to. Computed from the guns alone, so it always matches the list.
 *
 * @param medianTimeToCrimeDays the median of the known times-to-crime (the lower middle for an even
 *     count, as the reports compute it), null when none is known
 */
public record IncidentSummary(int guns, LocalDate firstDate, LocalDate lastDate, int traced, int usSourced,
		List<StateCount> sourceStates, Integer medianTimeToCrimeDays, List<GroupCount> criminalGroups) {

	public record StateCount(String state, long count) {
	}

	/** A group by its catalogue key and its English name, with the incident's guns attributed to it. */
	public record GroupCount(String group, String name, long count) {
	}

	static IncidentSummary of(List<IncidentGun> guns) {
		Map<String, Long> states = new LinkedHashMap<>();
		Map<String, Long> groupCounts = new LinkedHashMap<>();
		Map<String, CriminalGroup> groups = new LinkedHashMap<>();
		List<Integer> ttc = new ArrayList<>();
		int traced = 0;
		int usSourced = 0;
		for (IncidentGun gun : guns) {
			if (gun.criminalGroup() != null) {
				groupCounts.merge(gun.criminalGroup().key(), 1L, Long::sum);
				groups.putIfAbsent(gun.criminalGroup().key(), gun.criminalGroup());
			}
			IncidentGun.Trace trace = gun.trace();
			if (trace == null) {
				continue;
			}
			traced++;
			if (Boolean.TRUE.equals(trace.usSourced())) {
				usSourced++;
			}
			if (trace.sourceDealer() != null && trace.sourceDealer().state() != null) {
				states.merge(trace.sourceDealer().state(), 1L, Long::sum);
			}
			if (trace.timeToCrimeDays() != null) {
				ttc.add(trace.timeToCrimeDays());
			}
		}
		ttc.sort(Comparator.naturalOrder());
		LocalDate first = guns.stream().map(IncidentGun::recoveryDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
		LocalDate last = guns.stream().map(IncidentGun::recoveryDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
		return new IncidentSummary(guns.size(), first, last, traced, usSourced,
				largestFirst(states).stream().map(e -> new StateCount(e.getKey(), e.getValue())).toList(),
				ttc.isEmpty() ? null : ttc.get((ttc.size() + 1) / 2 - 1),
				largestFirst(groupCounts).stream()
					.map(e -> new GroupCount(e.getKey(), groups.get(e.getKey()).name(), e.getValue()))
					.toList());
	}

	private static List<Map.Entry<String, Long>> largestFirst(Map<String, Long> counts) {
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}
}
