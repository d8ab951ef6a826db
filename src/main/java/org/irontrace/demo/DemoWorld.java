package org.irontrace.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether this installation holds the demo world, so that the pages, the files handed out and the
 * publishing of reports can say (or refuse) that its people, guns, agencies and figures are invented.
 * Remembered once the demo world is loaded, and again once it is removed; read once, then kept (the
 * answer changes only when this server loads or removes the demo).
 */
@Service
public class DemoWorld {

	/** What every refusal and every mark says, in the analyst's words. */
	public static final String INVENTED = "Demo world: every person, gun, agency and figure is invented";

	private final JdbcClient jdbc;

	private volatile Boolean held;

	DemoWorld(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the demo world is loaded into this installation and not removed. */
	public boolean held() {
		Boolean known = held;
		if (known == null) {
			known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM demo_world WHERE removed_at IS NULL)").query(Boolean.class).single();
			held = known;
		}
		return known;
	}

	/** Whether the demo world was ever loaded here, removed since or not: it is loaded once at most. */
	boolean everLoaded() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM demo_world)").query(Boolean.class).single();
	}

	void loaded() {
		jdbc.sql("INSERT INTO demo_world (loaded_at) SELECT now() WHERE NOT EXISTS (SELECT 1 FROM demo_world)").update();
		held = true;
	}

	void removed() {
		jdbc.sql("UPDATE demo_world SET removed_at = now() WHERE removed_at IS NULL").update();
		held = false;
	}
}
