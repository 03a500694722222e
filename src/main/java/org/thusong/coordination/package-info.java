/**
 * Coordination across the spheres: a single entry point for data requests to municipalities,
 * answered first from the central database (the indicators module), each municipality asked only
 * what is missing, in one form (or its workbook, downloaded and uploaded filled in); the burden of
 * reporting per municipality; municipal support and each municipality's support plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination")
package org.thusong.coordination;
