package org.irontrace.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The personal-data keys of the key folder, each under its version. Version 1 is the file every
 * installation has had since personal data was first sealed ({@code personal-data.key}); a rotation
 * writes {@code personal-data-v2.key}, and so on. The highest live version seals; every live version
 * opens what it sealed. A retired key moves to {@code retired/}: nothing is sealed under it any more,
 * but people are keyed, and records digested, under secrets derived from version 1 for good, so that
 * file is never deleted.
 */
@Component
public class PersonalDataKeys {

	static final String FIRST_FILE = "personal-data.key";

	static final String RETIRED = "retired";

	private static final Pattern VERSIONED = Pattern.compile("personal-data-v(\\d+)\\.key");

	private final Path folder;

	private volatile List<PersonalDataKey> live;

	@org.springframework.beans.factory.annotation.Autowired
	public PersonalDataKeys(IronTraceHome home) {
		this(home.keys());
	}

	PersonalDataKeys(Path folder) {
		this.folder = folder;
		if (!Files.exists(folder.resolve(FIRST_FILE)) && !Files.exists(folder.resolve(RETIRED).resolve(FIRST_FILE))) {
			SecretKeyFile.read(folder.resolve(FIRST_FILE));
		}
		this.live = read(folder);
	}

	/** The key new values are sealed under: the highest live version. */
	public PersonalDataKey sealing() {
		List<PersonalDataKey> keys = live;
		return keys.get(keys.size() - 1);
	}

	public List<PersonalDataKey> live() {
		return live;
	}

	/** The live key of a version, if the folder holds it. */
	public Optional<PersonalDataKey> find(int version) {
		return live.stream().filter(key -> key.version() == version).findFirst();
	}

	/**
	 * The secret of version 1, live or retired: people's keys and records' digests are derived from
	 * it whatever key seals, so a rotation changes none of them.
	 */
	public byte[] firstSecret() {
		Path file = folder.resolve(FIRST_FILE);
		return SecretKeyFile.read(Files.exists(file) ? file : folder.resolve(RETIRED).resolve(FIRST_FILE));
	}

	/** Writes the next version's key and makes it the sealing key. */
	public synchronized PersonalDataKey addVersion() {
		int next = Math.max(sealing().version(), highestRetired()) + 1;
		SecretKeyFile.read(folder.resolve(fileName(next)));
		live = read(folder);
		return sealing();
	}

	/** Moves a live key to {@code retired/}: connections opened from now on no longer hold it. */
	public synchronized void retire(int version) {
		if (version == sealing().version()) {
			throw new IllegalStateException("The sealing key (version " + version + ") cannot be retired");
		}
		try {
			Path retired = Files.createDirectories(folder.resolve(RETIRED));
			Files.move(folder.resolve(fileName(version)), retired.resolve(fileName(version)), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot retire the personal-data key of version " + version, e);
		}
		live = read(folder);
	}

	/** The value of the setting {@code irontrace.personal_keys}: {@code version:hex} of each live key. */
	static String connectionSetting(List<PersonalDataKey> live) {
		return live.stream().map(key -> key.version() + ":" + HexFormat.of().formatHex(key.secret()))
			.collect(Collectors.joining(","));
	}

	static String fileName(int version) {
		return version == 1 ? FIRST_FILE : "personal-data-v" + version + ".key";
	}

	private int highestRetired() {
		return versionsIn(folder.resolve(RETIRED)).stream().max(Comparator.naturalOrder()).orElse(0);
	}

	private static List<PersonalDataKey> read(Path folder) {
		List<PersonalDataKey> keys = new ArrayList<>();
		for (int version : versionsIn(folder)) {
			keys.add(new PersonalDataKey(version, SecretKeyFile.read(folder.resolve(fileName(version)))));
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException("No live personal-data key in " + folder);
		}
		return List.copyOf(keys);
	}

	private static List<Integer> versionsIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).map(PersonalDataKeys::versionOf).flatMap(Optional::stream)
				.sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the key folder " + folder, e);
		}
	}

	private static Optional<Integer> versionOf(String name) {
		if (name.equals(FIRST_FILE)) {
			return Optional.of(1);
		}
		Matcher versioned = VERSIONED.matcher(name);
		return versioned.matches() ? Optional.of(Integer.parseInt(versioned.group(1))) : Optional.empty();
	}
}
