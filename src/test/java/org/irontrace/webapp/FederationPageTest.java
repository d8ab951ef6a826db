package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operators' page of other installations: this installation's name and key to hand out, each
 * peer's state, an exchange run from the page that fails while the peer is down and says so, with
 * the peer's last error; an agency's administrator is refused the page.
 */
@IntegrationTest
class FederationPageTest {

	@LocalServerPort
	int port;

	@Test
	void operatorsSeeTheirPeersAndAFailedExchangeWithItsError() throws Exception {
		String key = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String name = "down-" + closed;
		ApiClient.Answer added = new ApiClient(port).postJson("/api/v1/federation/peers",
				Map.of("name", name, "url", "http://127.0.0.1:" + closed, "publicKey", key));
		assertThat(added.status()).as(added.text()).isEqualTo(201);

		PageBrowser operator = new PageBrowser(port).signIn("admin", ApiClient.ADMIN_PASSWORD);
		operator.get("/app?lang=en");
		Page page = operator.get("/app/admin/federation");
		assertThat(page.status()).isEqualTo(200);
		String self = new ApiClient(port).get("/api/v1/federation/self").json().get("publicKey").asString();
		assertThat(page.html()).contains("Other installations", self, name, "Active", "Never");

		Page exchanged = operator.submit(page, "/app/admin/federation/" + name + "/exchange", Map.of());
		Page after = operator.follow(exchanged);
		assertThat(after.html()).contains("The exchange with " + name + " failed", "unreachable");

		AdminWorld world = new AdminWorld(port);
		Page refused = new PageBrowser(port).signIn(world.homeAdmin, WebAppWorld.PASSWORD).get("/app/admin/federation");
		assertThat(refused.status()).isEqualTo(403);
	}
}
