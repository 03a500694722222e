package org.thusong.requests;

import org.thusong.core.InvalidInput;

/** A municipality's catalogue already has a service with this code. */
public class ServiceCodeTaken extends InvalidInput {

	public ServiceCodeTaken(String code) {
		super("code", "the catalogue already has a service with the code '" + code + "'");
	}
}
