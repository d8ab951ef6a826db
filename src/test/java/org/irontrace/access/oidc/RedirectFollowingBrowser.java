package org.irontrace.access.oidc;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen that goes wherever it is sent, across sites: it keeps each site's
 * cookies apart (IronTrace on {@code localhost}, the provider on {@code 127.0.0.1}) and remembers
 * every address it passed through, so a test can say where the journey went.
 */
final class RedirectFollowingBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** Every address visited, in order, redirects included. */
	final List<URI> visited = new ArrayList<>();

	/** Opens the address and follows every redirect; answers the last page. */
	Page open(String address) {
		return follow(send(HttpRequest.newBuilder(URI.create(address)).GET()));
	}

	/** Fills in and posts the form of the page (with its CSRF token), then follows the redirects. */
	Page submit(Page form, String action, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		Matcher token = CSRF.matcher(form.html());
		if (token.find()) {
			withToken.put("_csrf", token.group(1));
		}
		String body = withToken.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return follow(send(HttpRequest.newBuilder(form.address().resolve(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))));
	}

	private Page follow(Page page) {
		Page current = page;
		for (int hops = 0; current.status() >= 300 && current.status() < 400 && hops < 20; hops++) {
			current = send(HttpRequest.newBuilder(current.address().resolve(current.location())).GET());
		}
		return current;
	}

	private Page send(HttpRequest.Builder request) {
		HttpRequest built = request.build();
		visited.add(built.uri());
		try {
			HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
			return new Page(built.uri(), response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not reach " + built.uri(), e);
		}
	}

	/** One answer: the address it came from, its status, its HTML and where it redirects. */
	record Page(URI address, int status, String html, String location) {
	}
}
