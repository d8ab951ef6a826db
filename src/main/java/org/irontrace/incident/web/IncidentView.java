package org.irontrace.incident.web;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.catalog.CriminalGroup;
import org.irontrace.incident.Incident;
import org.irontrace.incident.IncidentGun;
import org.irontrace.incident.IncidentLine;
import org.irontrace.incident.IncidentSummary;

/** An incident in the API: the summary first, then each gun with its trace. Groups by key and English name. */
record IncidentView(String agency, String incidentId, IncidentSummary summary, List<Gun> guns) {

	static IncidentView of(Incident incident) {
		return new IncidentView(incident.agency(), incident.incidentId(), incident.summary(),
				incident.guns().stream().map(Gun::of).toList());
	}

	record Gun(String recoveryId, LocalDate recoveryDate, String country, String adminArea, String city,
			String crimeCode, IncidentGun.Firearm firearm, Group criminalGroup, IncidentGun.Trace trace) {

		static Gun of(IncidentGun gun) {
			return new Gun(gun.recoveryId(), gun.recoveryDate(), gun.country(), gun.adminArea(), gun.city(),
					gun.crimeCode(), gun.firearm(), Group.of(gun.criminalGroup(), gun.criminalGroupAsWritten()),
					gun.trace());
		}
	}

	/** A group: its key, its English name, and the agency's own words ({@code asWritten}, null in lists). */
	record Group(String group, String name, boolean known, String asWritten) {

		static Group of(CriminalGroup group, String asWritten) {
			return group == null ? null : new Group(group.key(), group.name(), group.known(), asWritten);
		}
	}

	record Line(String agency, String incidentId, long guns, LocalDate firstDate, LocalDate lastDate, long traced,
			List<Group> criminalGroups) {

		static Line of(IncidentLine line) {
			return new Line(line.agency(), line.incidentId(), line.guns(), line.firstDate(), line.lastDate(),
					line.traced(), line.criminalGroups().stream().map(g -> Group.of(g, null)).toList());
		}
	}
}
