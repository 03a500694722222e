/**
 * The append-only record of who changed what, when, before and after (seed 000: performance information an auditor can trust).
 */
@org.springframework.modulith.ApplicationModule
package org.thusong.audit;
