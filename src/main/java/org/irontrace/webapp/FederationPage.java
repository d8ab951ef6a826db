package org.irontrace.webapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScopes;
import org.irontrace.federation.HeldAgreement;
import org.irontrace.federation.Installation;
import org.irontrace.federation.Peer;
import org.irontrace.federation.PeerExchange;
import org.irontrace.federation.Peers;
import org.irontrace.platform.ForbiddenException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The operators' view of the other installations: this installation's name and public key (to give
 * other operators), each peer with its last exchange, what it brought and its last error, what each
 * peer's agencies grant agencies here, and an exchange run at once. Peers are added and removed
 * through the API, where the key is pasted as the other operators gave it.
 */
@Controller
class FederationPage {

	private final Peers peers;

	private final PeerExchange exchange;

	private final Installation self;

	private final Callers callers;

	private final SharingScopes scopes;

	FederationPage(Peers peers, PeerExchange exchange, Installation self, Callers callers, SharingScopes scopes) {
		this.peers = peers;
		this.exchange = exchange;
		this.self = self;
		this.callers = callers;
		this.scopes = scopes;
	}

	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin/federation")
	String show(Model model) {
		operator();
		List<Peer> all = peers.listPeers();
		Map<String, List<HeldAgreement>> held = new LinkedHashMap<>();
		all.forEach(peer -> held.put(peer.name(), peers.listHeldAgreements(peer.name())));
		model.addAttribute("selfName", self.name());
		model.addAttribute("publicKey", self.publicKeyText());
		model.addAttribute("peers", all);
		model.addAttribute("held", held);
		return "webapp/federation";
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/federation/{name}/exchange")
	RedirectView exchangeNow(@PathVariable String name, RedirectAttributes flash) {
		operator();
		try {
			exchange.exchangeWith(name);
			flash.addFlashAttribute("done", "federation.done.exchange");
		}
		catch (PeerExchange.ExchangeFailedException | org.irontrace.platform.ConflictException failed) {
			flash.addFlashAttribute("done", "federation.failed.exchange");
		}
		flash.addFlashAttribute("doneSubject", name);
		return AdminPages.seeOther("/app/admin/federation");
	}

	private Caller operator() {
		Caller caller = callers.current();
		if (!scopes.isOperator(caller) || !caller.has(Role.ADMIN)) {
			throw new ForbiddenException("Only the installation's operators manage its peers");
		}
		return caller;
	}
}
