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
public class IronTraceHome {

	private final Path root;

	private final Path keys;

	public IronTraceHome(@Value("${irontrace.home:${user.home}/.irontrace}") String root,
			@Value("${irontrace.keys:}") String keys) {
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

	public Path resolve(String name) {
		return root.resolve(name);
	}
}
