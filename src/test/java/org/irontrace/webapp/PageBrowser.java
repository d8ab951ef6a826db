package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies (the session and the chosen language), posts forms
 * with the CSRF token the page carried, and does not follow redirects, so tests can see them. Public
 * so that the tests of other modules (federation's installations side by side) open pages the same way.
 */
public final class PageBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public PageBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts the form as a browser would, with the CSRF token of the page it came from. */
	Page submit(Page from, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", from.csrfToken());
		return post(path, withToken);
	}

	/** Posts without any token, as a forged cross-site form would. */
	Page post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in through the sign-in page and lands on the home page. */
	public PageBrowser signIn(String username, String password) {
		Page form = get("/login");
		Page answer = submit(form, "/login", Map.of("username", username, "password", password));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).as("after signing in").doesNotContain("error");
		return this;
	}

	Page follow(Page redirect) {
		assertThat(redirect.status()).as(redirect.html()).isBetween(300, 399);
		return send(HttpRequest.newBuilder(URI.create(base + "/").resolve(redirect.location())).GET());
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), org.irontrace.CsvText.BODY);
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
					response.headers().allValues("Set-Cookie"));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** One answer: its status, its HTML, where it redirects and the cookies it sets. */
	public record Page(int status, String html, String location, java.util.List<String> cookies) {

		String csrfToken() {
			Matcher token = CSRF.matcher(html);
			assertThat(token.find()).as("the page carries a CSRF token").isTrue();
			return token.group(1);
		}
	}
}
