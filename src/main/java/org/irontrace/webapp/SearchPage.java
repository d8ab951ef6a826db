package org.irontrace.webapp;

import java.util.List;
import java.util.Map;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.federation.ForeignPeople;
import org.irontrace.federation.ForeignRecords;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.commerce.LedgerSearch;
import org.irontrace.identity.PeopleSearch;
import org.irontrace.recovery.RecoveryCriteria;
import org.irontrace.recovery.RecoverySearch;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One search over everything an analyst may look for: recoveries (the caller's own and those its
 * agreements grant, names only where it sees them), guns in the ledger by serial, dealers by
 * licence number or name, and, for the installation's operators, resolved people; a serial also
 * finds the records other installations' agencies grant the caller's agency, and a name the people
 * in what they grant it with personal data (read-only, each read reported to the owner). Every condition
 * and the facet counts are worked out by the database; the page only lays them out.
 */
@Controller
class SearchPage {

	/**
	 * Results of each kind on a page, whether all kinds are shown together or one alone: the same
	 * size both ways, so "next" under a table of all kinds leads straight on to its 11th result.
	 */
	static final int PAGE_SIZE = 10;

	private final RecoverySearch recoveries;

	private final LedgerSearch ledger;

	private final PeopleSearch people;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final CrimeWords crimeWords;

	private final ForeignRecords foreignRecords;

	private final ForeignPeople foreignPeople;

	SearchPage(RecoverySearch recoveries, LedgerSearch ledger, PeopleSearch people, SharingScopes scopes, AuditTrail audit,
			Callers callers, CrimeWords crimeWords, ForeignRecords foreignRecords, ForeignPeople foreignPeople) {
		this.foreignPeople = foreignPeople;
		this.crimeWords = crimeWords;
		this.foreignRecords = foreignRecords;
		this.recoveries = recoveries;
		this.ledger = ledger;
		this.people = people;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/search")
	String search(@RequestParam Map<String, String> parameters, Model model) {
		Caller caller = callers.current();
		SearchForm form = SearchForm.of(parameters);
		RecoveryCriteria criteria = form.criteria(crimeWords);
		boolean operator = scopes.seesEverything(caller);
		model.addAttribute("form", form);
		model.addAttribute("countryPicker", CountryPicker.in(LocaleContextHolder.getLocale()));
		model.addAttribute("statePicker", StatePicker.in(LocaleContextHolder.getLocale(), form.country(), form.state()));
		model.addAttribute("operator", operator);
		model.addAttribute("asked", !criteria.isEmpty());
		if (criteria.isEmpty()) {
			return "webapp/search";
		}
		int size = PAGE_SIZE;
		int offset = SearchForm.ALL.equals(form.kind()) ? 0 : (form.page() - 1) * PAGE_SIZE;
		if (form.shows("recoveries")) {
			Visibility visibility = scopes.visibilityFor(caller, SharingScope.RECOVERIES);
			List<RecoverySearch.Hit> hits = recoveries.search(criteria, visibility, offset, size + 1);
			List<RecoverySearch.FacetCount> facets = recoveries.countFacets(criteria, visibility);
			// Every recovery found has exactly one status (UNTRACED at least): their sum is the count.
			long found = facets.stream().filter(count -> count.facet().equals("status"))
				.mapToLong(RecoverySearch.FacetCount::count).sum();
			model.addAttribute("recoveries", SearchResults.of(hits.stream().map(SearchHit::of).toList(), size, form,
					"recoveries", found));
			model.addAttribute("facets", SearchFacet.of(facets, form));
			if (hits.stream().limit(size).anyMatch(hit -> hit.recovery().possessor().lastName() != null
					|| hit.recovery().possessor().firstName() != null)) {
				// Possessors' names were shown: the same entry the recovery list writes.
				audit.record(caller, "READ_PERSONAL_DATA", "search:" + form.parameters(), null);
			}
		}
		String serialWords = form.serial() != null ? form.serial() : looksLikeSerial(form.q()) ? form.q() : null;
		if ((form.shows("recoveries") || form.shows("guns")) && serialWords != null && offset == 0) {
			// Another installation may have seen this gun: what its agencies grant the caller's, audited there.
			model.addAttribute("granted", foreignRecords.findBySerial(caller, serialWords, null));
		}
		if (form.shows("guns") && serialWords != null) {
			model.addAttribute("guns", SearchResults.of(ledger.listFirearmsLike(serialWords, offset, size + 1), size, form,
					"guns", null));
		}
		if (form.shows("dealers") && form.q() != null) {
			model.addAttribute("dealers", SearchResults.of(ledger.listLicenseesLike(form.q(), offset, size + 1), size,
					form, "dealers", null));
		}
		String nameWords = form.name() != null ? form.name() : form.q();
		if (form.shows("people") && nameWords != null && offset == 0) {
			// People other installations' agencies granted the caller's agency with their names, audited there too.
			model.addAttribute("foreignPeople", foreignPeople.listPeopleNamed(caller, nameWords, null));
		}
		if (form.shows("people") && operator && nameWords != null) {
			List<PeopleSearch.PersonFound> found = people.listPeopleNamed(nameWords, offset, size + 1);
			model.addAttribute("people", SearchResults.of(found, size, form, "people", null));
			if (!found.isEmpty()) {
				audit.record(caller, "READ_PERSONAL_DATA", "people:" + nameWords, null);
			}
		}
		return "webapp/search";
	}

	/** Words that could be a serial: one word with a digit in it (names and places have none). */
	static boolean looksLikeSerial(String words) {
		if (words == null || words.trim().contains(" ")) {
			return false;
		}
		String normalised = SerialNumbers.normalise(words);
		return normalised != null && normalised.chars().anyMatch(Character::isDigit);
	}
}
