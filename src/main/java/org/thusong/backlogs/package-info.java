/**
 * Household service levels for water, sanitation, refuse removal, electricity and roads against
 * the RDP minimum norms: the census figures per ward, rolled up to every area above, the
 * editable mapping of answers to norm classes, backlogs with their trend, and priority
 * programmes. Serves seeds 001 (MISA's backlog project office) and 004 (bulk infrastructure
 * plans).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backlogs")
package org.thusong.backlogs;
