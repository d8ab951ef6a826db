package org.irontrace.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * One measuring run against a running server: signs in as a demo analyst (made for the run by the
 * operator), requests each page {@code runs} times and prints the round-trip times on this machine
 * (the server's time plus a loopback hop), then weighs each page twice, compressed as the server
 * sends it: opened first with an empty cache (the page, every script, stylesheet and JSON file it
 * names, and what it prefetches), and opened after the landing page {@code /app} in the same visit,
 * where only what the server's caching headers do not let the browser keep is fetched again.
 */
final class PageBenchmarkRun {

	/** A fresh analyst per run, so that a run on an installation measured before needs no clean-up. */
	static final String ANALYST = "page-benchmark-" + Long.toString(System.currentTimeMillis(), 36);

	static final String AGENCY = "MX-FGR";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/**
	 * What a page makes the browser fetch: scripts, stylesheets, files it prefetches, and the JSON
	 * files of data-* attributes (read by the page's script).
	 */
	private static final Pattern ASSETS = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\""
			+ "|<link\\s+rel=\"(?:stylesheet|prefetch)\"[^>]*\\shref=\"([^\"]+)\"|\\sdata-[a-z-]+=\"(/[^\"]+\\.json)\"");

	/** Where an analyst lands after signing in; it prefetches what the heavier pages need. */
	static final String LANDING = "/app";

	private final String base;

	private final String password;

	private final int runs;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	PageBenchmarkRun(int port, String adminPassword, int runs) {
		this.base = "http://localhost:" + port;
		this.password = adminPassword;
		this.runs = runs;
	}

	void measure(List<String> pages, PrintStream out) throws Exception {
		String analystPassword = "page benchmark " + password;
		createAnalyst(analystPassword);
		signIn(analystPassword);
		double[] health = times("/actuator/health", false);
		double[] staticFile = times("/app/assets/app.css", false);
		out.printf("%nBaselines: GET /actuator/health p50 %.1f ms, p95 %.1f ms; GET /app/assets/app.css p50 %.1f ms, p95 %.1f ms (%d runs)%n",
				health[0], health[1], staticFile[0], staticFile[1], runs);
		out.println();
		out.println("| page | status | p50 ms | p95 ms | p50 / health | HTML gzip kB | opened first, empty cache, gzip kB "
				+ "(HTML + assets + prefetched) | opened after " + LANDING + ", gzip kB (HTML + what is not kept) | files |");
		out.println("|---|---|---|---|---|---|---|---|---|");
		BrowserCache visit = new BrowserCache();
		long landing = load(LANDING, visit)[0];
		long heaviestLater = 0;
		for (String page : pages) {
			HttpResponse<byte[]> first = get(page, true);
			if (first.statusCode() != 200) {
				out.printf("| %s | %d | skipped | | | | | | |%n", page, first.statusCode());
				continue;
			}
			double[] latency = times(page, true);
			long[] cold = load(page, new BrowserCache());
			long[] warm = load(page, visit);
			heaviestLater = Math.max(heaviestLater, warm[0]);
			out.printf("| %s | 200 | %.1f | %.1f | %.1fx | %.1f | %.1f | %.1f | %d |%n", page, latency[0], latency[1],
					latency[0] / health[0], transferred(first) / 1024.0, cold[0] / 1024.0, warm[0] / 1024.0, cold[1]);
		}
		out.printf("%nFirst load (%s, prefetches included): %.1f kB, goal 1,000: %s. Heaviest page after it: %.1f kB, goal 100: %s.%n",
				LANDING, landing / 1024.0, landing <= 1000 * 1024 ? "met" : "not met", heaviestLater / 1024.0,
				heaviestLater <= 100 * 1024 ? "met" : "not met");
	}

	/** Opens a page as a browser holding {@code cache}: bytes transferred and files the page names. */
	private long[] load(String page, BrowserCache cache) throws Exception {
		HttpResponse<byte[]> html = get(page, true);
		long bytes = transferred(html);
		List<String> assets = assetsOf(new String(gunzipIfNeeded(html), StandardCharsets.UTF_8));
		for (String asset : assets) {
			if (!cache.has(asset)) {
				HttpResponse<byte[]> answer = get(asset, true);
				bytes += transferred(answer);
				cache.offer(asset, answer.headers().firstValue("Cache-Control").orElse(""));
			}
		}
		return new long[] { bytes, assets.size() + 1 };
	}

	private void createAnalyst(String analystPassword) throws Exception {
		String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		// The demo's national agency has recoveries but no account yet: register it (409 when it exists).
		String agency = "{\"code\":\"" + AGENCY + "\",\"name\":\"Fiscalía General de la República\",\"country\":\"MX\","
				+ "\"kind\":\"NATIONAL\"}";
		http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies"))
			.header("Authorization", auth).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(agency)).build(), HttpResponse.BodyHandlers.ofString());
		String user = "{\"username\":\"" + ANALYST + "\",\"password\":\"" + analystPassword + "\",\"agency\":\"" + AGENCY
				+ "\",\"roles\":[\"ANALYST\"]}";
		HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
			.header("Authorization", auth).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
		if (made.statusCode() >= 300 && made.statusCode() != 409) {
			throw new IllegalStateException("Cannot make the demo analyst: " + made.statusCode() + " " + made.body());
		}
	}

	private void signIn(String analystPassword) throws Exception {
		String form = new String(gunzipIfNeeded(get("/login", false)), StandardCharsets.UTF_8);
		Matcher token = CSRF.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("The sign-in page carries no CSRF token");
		}
		String body = "username=" + URLEncoder.encode(ANALYST, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(analystPassword, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("The demo analyst could not sign in: " + answer.statusCode() + " " + location);
		}
	}

	/** p50 and p95 of {@code runs} requests, in milliseconds, after two untimed ones. */
	private double[] times(String path, boolean compressed) throws Exception {
		get(path, compressed);
		get(path, compressed);
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			get(path, compressed);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		return new double[] { millis.get(millis.size() / 2), millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1)) };
	}

	private HttpResponse<byte[]> get(String path, boolean compressed) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (compressed) {
			request.header("Accept-Encoding", "gzip");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The bytes a browser receives: the body as sent when the server compressed it, otherwise what
	 * gzip would make of it (so an uncompressed answer shows what compression would give, not more).
	 */
	private static long transferred(HttpResponse<byte[]> response) throws Exception {
		if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
			return response.body().length;
		}
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
			gzip.write(response.body());
		}
		return Math.min(packed.size(), response.body().length);
	}

	private static byte[] gunzipIfNeeded(HttpResponse<byte[]> response) throws Exception {
		if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
			return response.body();
		}
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
			return in.readAllBytes();
		}
	}

	private static List<String> assetsOf(String html) {
		Set<String> assets = new LinkedHashSet<>();
		Matcher found = ASSETS.matcher(html);
		while (found.find()) {
			for (int group = 1; group <= 3; group++) {
				if (found.group(group) != null && found.group(group).startsWith("/")) {
					assets.add(found.group(group).replace("&amp;", "&"));
				}
			}
		}
		return new ArrayList<>(assets);
	}
}
