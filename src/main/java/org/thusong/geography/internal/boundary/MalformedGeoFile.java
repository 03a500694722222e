package org.thusong.geography.internal.boundary;

/** A GeoJSON or TopoJSON file that cannot be read; the message says where and why. */
public class MalformedGeoFile extends RuntimeException {

	public MalformedGeoFile(String message) {
		super(message);
	}

	public MalformedGeoFile(String message, Throwable cause) {
		super(message, cause);
	}
}
