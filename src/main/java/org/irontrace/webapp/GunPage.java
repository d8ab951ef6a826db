package org.irontrace.webapp;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.Ledger;
import org.irontrace.commerce.LedgerFirearm;
import org.irontrace.network.BallisticThreads;
import org.irontrace.recovery.RecoveryCriteria;
import org.irontrace.recovery.RecoverySearch;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A gun by its serial: each firearm of the ledger with that serial (the same serial exists at many
 * makers; {@code maker} narrows to one) with its chain of custody as a timeline, and the recoveries of
 * that serial (or one reading like it) the caller may see, with their traces. Purchasers on the sale
 * forms are named only to the installation's operators: analysts see a purchaser through a trace. The
 * ballistic thread of those recoveries follows: the other guns and crime scenes examiners tied them to.
 */
@Controller
class GunPage {

	private final Ledger ledger;

	private final RecoverySearch recoveries;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final BallisticThreads ballistics;

	GunPage(Ledger ledger, RecoverySearch recoveries, SharingScopes scopes, AuditTrail audit, Callers callers,
			BallisticThreads ballistics) {
		this.ballistics = ballistics;
		this.ledger = ledger;
		this.recoveries = recoveries;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/guns/{serial}")
	String gun(@PathVariable String serial, @RequestParam(required = false) String maker, Model model,
			HttpServletResponse response) {
		Caller caller = callers.current();
		String serialKey = SerialNumbers.normalise(serial);
		List<LedgerFirearm> firearms = serialKey == null ? List.of()
				: ledger.listFirearmsWithSerial(serialKey)
					.stream()
					.filter(gun -> maker == null || maker.isBlank() || gun.identity().manufacturerKey().equals(maker))
					.toList();
		Map<FirearmIdentity, List<CustodyEvent>> chains = ledger.custodyOf(firearms.stream().map(LedgerFirearm::identity).toList());
		boolean purchasersShown = scopes.seesEverything(caller);
		List<RecoverySearch.Hit> found = serialKey == null ? List.of()
				: recoveries.search(RecoveryCriteria.ofSerial(serialKey), scopes.visibilityFor(caller, SharingScope.RECOVERIES),
						0, 100);
		if (firearms.isEmpty() && found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		boolean namesShown = found.stream().anyMatch(hit -> hit.recovery().possessor().lastName() != null)
				|| purchasersShown && chains.values().stream().flatMap(List::stream).anyMatch(e -> e.purchaser() != null);
		if (namesShown) {
			audit.record(caller, "READ_PERSONAL_DATA", "gun:" + serialKey, null);
		}
		model.addAttribute("serial", serialKey == null ? serial : serialKey);
		model.addAttribute("firearms", firearms.stream().map(gun -> new GunChain(gun, chains.getOrDefault(gun.identity(), List.of()))).toList());
		model.addAttribute("purchasersShown", purchasersShown);
		model.addAttribute("recoveries", found.stream().map(SearchHit::of).toList());
		model.addAttribute("ballistics", ballistics.listThreadsOf(found.stream()
			.map(hit -> new BallisticThreads.RecoveryRef(hit.recovery().agency(), hit.recovery().recoveryId())).toList(),
				scopes.visibilityFor(caller, SharingScope.RECOVERIES)));
		return "webapp/gun";
	}

	/** A firearm of the ledger and its custody events in the order they happened. */
	record GunChain(LedgerFirearm firearm, List<CustodyEvent> events) {
	}
}
