package org.thusong.requests;

import java.time.LocalDate;

/**
 * The count of requests for one service in one ward (or mahalle, or municipality when no ward is
 * known) in one month, after a new request: what planning and the central database listen to.
 */
public record AreaNeedsCounted(String organisationCode, String areaPath, String wardCode, String serviceCode,
		LocalDate month, int requests) {
}
