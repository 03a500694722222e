/**
 * Open311 GeoReport v2 over the requests desk: the standard door through which residents' apps
 * and other systems file and follow requests. Part of the requests module.
 */
package org.thusong.requests.open311;
