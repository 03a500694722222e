/**
 * Coordination across the spheres: a single entry point for data requests to municipalities,
 * answered first from the central database (the indicators module), each municipality asked only
 * what is missing, in one form; and the burden of reporting per municipality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination")
package org.thusong.coordination;
