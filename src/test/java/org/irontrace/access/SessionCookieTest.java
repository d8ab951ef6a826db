package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' session cookie never rides along a request another site starts (SameSite=Lax), is not
 * readable by scripts, and is marked Secure when the browser reached IronTrace over TLS, here
 * through a proxy that terminates TLS and says so in {@code X-Forwarded-Proto}.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class SessionCookieTest {

	@LocalServerPort
	int port;

	@Test
	void overPlainHttpTheCookieIsSameSiteAndHttpOnly() throws Exception {
		String cookie = sessionCookie(null);
		assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
	}

	@Test
	void overTlsTheCookieIsSecureToo() throws Exception {
		assertThat(sessionCookie("https")).contains("SameSite=Lax", "HttpOnly", "Secure");
	}

	private String sessionCookie(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET();
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<String> page = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
			.orElseThrow(() -> new AssertionError("the sign-in page opens a session: " + page.headers().map()));
	}
}
