package org.thusong.requests;

/** Requests for a service from inside {@code areaPath} go to {@code departmentCode}. */
public record RoutingRule(long id, String serviceCode, String areaPath, String departmentCode) {

	/** The code of the area the rule covers: the last element of its path. */
	public String areaCode() {
		return areaPath.substring(areaPath.lastIndexOf('/') + 1);
	}
}
