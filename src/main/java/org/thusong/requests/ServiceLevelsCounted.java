package org.thusong.requests;

import java.time.LocalDate;

/**
 * How the requests for one service in one ward (or mahalle, or the municipality when no ward is
 * known), filed in one month, stand against their service level, after a change: resolved by
 * their due time, and late (resolved after it, or still open past it). Requests not yet due are
 * in neither; rejected, referred and duplicate requests are not counted. The on-time rate is
 * {@code onTime / (onTime + late)}, as on the dashboard.
 */
public record ServiceLevelsCounted(String organisationCode, String areaPath, String wardCode, String serviceCode,
		LocalDate month, int onTime, int late) {
}
