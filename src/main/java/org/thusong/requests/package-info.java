/**
 * The requests desk: one register for every request, complaint and suggestion from citizens,
 * muhtars, ward councillors and NGOs, routed to the department that owns it, on a service-level
 * clock, answered back. Serves seeds 000 (customer care), 002 (contact centre) and 003 (the
 * muhtarlık directorate: "talep, şikâyet ve öneriler tek birim üzerinden").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.thusong.requests;
