package org.irontrace.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data folder of one IronTrace installation ({@code IRONTRACE_HOME}, by default
 * {@code ~/.irontrace}): the embedded database and anything else kept across restarts.
 */
@Component
public class IronTraceHome implements org.springframework.beans.factory.DisposableBean {

	private final Path root;

	private final Path keys;

	private final boolean discardOnClose;

	public IronTraceHome(@Value("${irontrace.home:${user.home}/.irontrace}") String root,
			@Value("${irontrace.keys:}") String keys,
			@Value("${irontrace.home.discard-on-close:false}") boolean discardOnClose) {
		this.discardOnClose = discardOnClose;
		this.root = Path.of(root).toAbsolutePath();
		this.keys = keys.isBlank() ? this.root.resolve("keys") : Path.of(keys).toAbsolutePath();
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the IronTrace data folder " + this.root, e);
		}
	}

	public Path root() {
		return root;
	}

	/**
	 * The key folder ({@code IRONTRACE_KEYS}, by default {@code keys} in the data folder): the keys
	 * that seal the audit trail and personal data. Never inside the database; back it up apart from it.
	 */
	public Path keys() {
		return keys;
	}

	/**
	 * Removes the data folder when the application closes, if it was asked to (a throw-away folder
	 * for tests): destroyed after the embedded database that lives in it has stopped.
	 */
	@Override
	public void destroy() throws IOException {
		if (!discardOnClose || !Files.isDirectory(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	public Path resolve(String name) {
		return root.resolve(name);
	}
}
