package org.thusong.projects;

/** A traffic light: green on track, amber watch, red needs attention, grey cannot tell yet. */
public enum Light {

	GREEN, AMBER, RED, GREY;

	public Light worse(Light other) {
		if (this == RED || other == RED) {
			return RED;
		}
		if (this == AMBER || other == AMBER) {
			return AMBER;
		}
		if (this == GREEN || other == GREEN) {
			return GREEN;
		}
		return GREY;
	}

	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
