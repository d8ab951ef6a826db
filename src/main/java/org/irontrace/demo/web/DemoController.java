package org.irontrace.demo.web;

import org.irontrace.access.Callers;
import org.irontrace.demo.DemoRemoval;
import org.irontrace.demo.DemoRemoved;
import org.irontrace.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The demo world over the API: its removal, as {@code irontrace demo remove} does it. */
@RestController
class DemoController {

	private final DemoRemoval removal;

	private final Callers callers;

	DemoController(DemoRemoval removal, Callers callers) {
		this.removal = removal;
		this.callers = callers;
	}

	/**
	 * Who may call: ADMIN of the installation's operators (403 for anyone else). 409 naming what other
	 * agencies or users hold, unless {@code force=true}; 404 when no demo world is held.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@DeleteMapping("/api/v1/demo")
	DemoRemoved remove(@RequestParam(defaultValue = "false") boolean force) {
		DemoRemoved removed = removal.remove(callers.current(), force);
		if (!removed.removed()) {
			throw new NotFoundException("This installation holds no demo world");
		}
		return removed;
	}
}
