package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A stranger guessing the administrator's password slows only himself: his address is held off, even
 * once he has the right password, while the administrator signing in from elsewhere is let in. An
 * address spraying guesses over many accounts waits too, and nobody else does. Each stranger calls
 * from an address of its own on the loopback network (127.0.0.0/8).
 */
@IntegrationTest
class LoginThrottleTest {

	@LocalServerPort
	int port;

	final String tag = LedgerFixtures.uniqueTag();

	final String t = tag.toLowerCase();

	@Test
	void aStrangerGuessingTheAdministratorsPasswordCannotLockTheAdministratorOut() throws IOException {
		String stranger = "127.0.0.2";
		for (int guess = 0; guess < LoginThrottle.ACCOUNT_FAILURES + 2; guess++) {
			assertThat(signIn(stranger, "admin", "guess " + guess)).isEqualTo(401);
		}
		assertThat(signIn(stranger, "admin", ApiClient.ADMIN_PASSWORD)).as("the guessing address is held off")
			.isEqualTo(401);
		assertThat(signIn("127.0.0.1", "admin", ApiClient.ADMIN_PASSWORD)).as("the administrator is let in")
			.isEqualTo(200);
		assertThat(new ApiClient(port).get("/api/v1/agencies").status()).isEqualTo(200);
	}

	@Test
	void anAddressSprayingGuessesOverManyAccountsWaitsAndOnlyIt() throws IOException {
		String sprayer = "127.0.0.3";
		AccessFixtures fixtures = new AccessFixtures(port);
		fixtures.agency("TH-" + tag, "MX", "NATIONAL");
		fixtures.user("sprayed-" + t, "TH-" + tag, "ADMIN");
		for (int guess = 0; guess < LoginThrottle.SPRAY_LIMIT; guess++) {
			assertThat(signIn(sprayer, "nobody" + guess + "-" + t, "guess")).isEqualTo(401);
		}
		assertThat(signIn(sprayer, "sprayed-" + t, AccessFixtures.PASSWORD)).as("the sprayer waits, right password or not")
			.isEqualTo(401);
		assertThat(signIn("127.0.0.4", "sprayed-" + t, AccessFixtures.PASSWORD)).isEqualTo(200);
	}

	/** One call of the API with a password, from the given local address; its HTTP status. */
	private int signIn(String fromAddress, String username, String password) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
			socket.setSoTimeout(30_000);
			String credentials = Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/v1/agencies HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
					+ credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			return Integer.parseInt(statusLine.substring(9, 12));
		}
	}
}
