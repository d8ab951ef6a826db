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

	public IronTraceHome(@Value("${irontrace.home:${user.home}/.irontrace}") String root) {
		this.root = Path.of(root).toAbsolutePath();
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

	public Path resolve(String name) {
		return root.resolve(name);
	}
}
