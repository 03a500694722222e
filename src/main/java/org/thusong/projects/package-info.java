/**
 * Every project, whoever owns it: the wards it serves, the households it will move above the
 * norm, stage, funding per financial year, expenditure, progress and health; the backlog outlook
 * it gives; and the investment plan that picks, for a budget, the projects with the most
 * weighted benefit. Serves seeds 001 (MISA's project office) and 004 (the provincial investment
 * plan, the IDP indaba).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.thusong.projects;
