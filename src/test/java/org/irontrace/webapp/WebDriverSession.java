package org.irontrace.webapp;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the system's Chromium through chromedriver with the W3C WebDriver protocol (JSON over
 * HTTP): the few commands a journey needs, nothing more, so no browser library has to be fetched.
 * Public so that the tests of other modules (federation's installations side by side) drive it too.
 */
public final class WebDriverSession implements AutoCloseable {

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** The key under which WebDriver answers an element reference. */
	private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Process driver;

	private final String base;

	private final String session;

	private WebDriverSession(Process driver, String base) {
		this.driver = driver;
		this.base = base;
		this.session = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
				"browserName", "chrome",
				"timeouts", Map.of("implicit", 5000, "pageLoad", 30000),
				"goog:chromeOptions", Map.of("binary", "/usr/bin/chromium", "args", List.of("--headless=new",
						"--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000"))))))
			.get("sessionId")
			.asString();
	}

	public static WebDriverSession start(File log) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Process driver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port).redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		String base = "http://localhost:" + port;
		HttpClient probe = HttpClient.newHttpClient();
		for (int attempt = 0; attempt < 100; attempt++) {
			try {
				probe.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.ofString());
				return new WebDriverSession(driver, base);
			}
			catch (java.io.IOException notYet) {
				Thread.sleep(100);
			}
		}
		driver.destroy();
		throw new IllegalStateException("chromedriver did not start");
	}

	public void open(String url) {
		call("POST", "/session/" + session + "/url", Map.of("url", url));
	}

	/** The first element matching a CSS selector (waiting up to the implicit timeout). */
	String find(String css) {
		return call("POST", "/session/" + session + "/element", Map.of("using", "css selector", "value", css))
			.get(ELEMENT)
			.asString();
	}

	void type(String css, String text) {
		call("POST", "/session/" + session + "/element/" + find(css) + "/value", Map.of("text", text));
	}

	void clear(String css) {
		call("POST", "/session/" + session + "/element/" + find(css) + "/clear", Map.of());
	}

	void click(String css) {
		call("POST", "/session/" + session + "/element/" + find(css) + "/click", Map.of());
	}

	public String text(String css) {
		return call("GET", "/session/" + session + "/element/" + find(css) + "/text", null).asString();
	}

	/** The id attribute of the element that has the keyboard focus. */
	String focusedId() {
		String element = call("GET", "/session/" + session + "/element/active", null).get(ELEMENT).asString();
		return call("GET", "/session/" + session + "/element/" + element + "/attribute/id", null).asString();
	}

	/** The value of an attribute (or property such as {@code value}) of the first match. */
	String attribute(String css, String name) {
		return call("GET", "/session/" + session + "/element/" + find(css) + "/property/" + name, null).asString();
	}

	/** How many elements match now (without waiting). */
	public int count(String css) {
		return script("return document.querySelectorAll(arguments[0]).length", css).asInt();
	}

	/** Runs JavaScript in the page and answers what it returns; for checks a user would make by eye. */
	JsonNode script(String javaScript, Object... arguments) {
		return call("POST", "/session/" + session + "/execute/sync",
				Map.of("script", javaScript, "args", List.of(arguments)));
	}

	/** Signs in on IronTrace's own sign-in page, shown in this language, and waits for the page it leads to. */
	public void signIn(String app, String language, String username, String password) {
		open(app + "/login?lang=" + language);
		type("#username", username);
		type("#password", password);
		click("main button[type=submit]");
		// A click does not wait for the redirect: reading the next page too early finds the old one.
		waitUntil("location.pathname !== '/login' && document.readyState === 'complete'");
	}

	/**
	 * Waits until the script answers true (pages that draw after loading): up to thirty seconds, as
	 * a machine shared with other builds can be slow.
	 */
	void waitUntil(String javaScriptCondition, Object... arguments) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!script("return !!(" + javaScriptCondition + ")", arguments).asBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("still false after 30 s: " + javaScriptCondition);
			}
			sleep(100);
		}
	}

	/** Presses keys in the element that has the focus, as a keyboard user would; see {@link Keys}. */
	void keys(String keys) {
		String element = call("GET", "/session/" + session + "/element/active", null).get(ELEMENT).asString();
		call("POST", "/session/" + session + "/element/" + element + "/value", Map.of("text", keys));
	}

	/** Shows the pages on a screen of this size, one device pixel per CSS pixel (so screenshots stay small). */
	void showAs(int width, int height) {
		call("POST", "/session/" + session + "/goog/cdp/execute", Map.of("cmd", "Emulation.setDeviceMetricsOverride",
				"params", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false)));
	}

	/** Shows the pages as a phone of this size does (Chromium's device emulation): the layout viewport is this wide. */
	void emulatePhone(int width, int height) {
		call("POST", "/session/" + session + "/goog/cdp/execute", Map.of("cmd", "Emulation.setDeviceMetricsOverride",
				"params", Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", false)));
	}

	/** The text of the whole visible page, to look for words left untranslated. */
	public String pageText() {
		return text("body");
	}

	String currentUrl() {
		return call("GET", "/session/" + session + "/url", null).asString();
	}

	/** WebDriver's codes of the keys that are not characters. */
	static final class Keys {

		static final String TAB = "\uE004";

		static final String ENTER = "\uE007";

		static final String ESCAPE = "\uE00C";

		static final String SPACE = "\uE00D";

		static final String LEFT = "\uE012";

		static final String UP = "\uE013";

		static final String RIGHT = "\uE014";

		static final String DOWN = "\uE015";

		static final String SHIFT = "\uE008";

		private Keys() {
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public byte[] screenshot() {
		return Base64.getDecoder().decode(call("GET", "/session/" + session + "/screenshot", null).asString());
	}

	@Override
	public void close() {
		try {
			call("DELETE", "/session/" + session, null);
		}
		finally {
			driver.destroy();
		}
	}

	/** Sends one command and answers its {@code value}; a WebDriver error fails with its message. */
	private JsonNode call(String method, String path, Object body) {
		try {
			HttpRequest.BodyPublisher payload = body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.method(method, payload)
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode value = JSON.readTree(response.body()).get("value");
			if (response.statusCode() >= 400) {
				throw new IllegalStateException(method + " " + path + ": " + value);
			}
			return value;
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
