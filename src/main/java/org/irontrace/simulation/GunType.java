package org.irontrace.simulation;

/** The firearm types the simulated market deals in (a subset of FORMATS.md's). */
enum GunType {

	PISTOL, REVOLVER, RIFLE, SHOTGUN;

	boolean handgun() {
		return this == PISTOL || this == REVOLVER;
	}
}
