package org.irontrace.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether this installation holds the demo world, so that the pages can say on every screen that
 * its people, guns, agencies and figures are invented. Remembered once the demo world is loaded;
 * read once, then kept (the answer changes only when the demo is loaded, by this server).
 */
@Service
public class DemoWorld {

	private final JdbcClient jdbc;

	private volatile Boolean held;

	DemoWorld(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the demo world was loaded into this installation. */
	public boolean held() {
		Boolean known = held;
		if (known == null) {
			known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM demo_world)").query(Boolean.class).single();
			held = known;
		}
		return known;
	}

	void loaded() {
		jdbc.sql("INSERT INTO demo_world (loaded_at) SELECT now() WHERE NOT EXISTS (SELECT 1 FROM demo_world)").update();
		held = true;
	}
}
