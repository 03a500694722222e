/**
 * Who may do what where: users with roles and a scope (their organisation's jurisdiction subtree),
 * API keys for machine clients, login, and the one scope mechanism every module's queries use.
 * Serves every seed: each sphere sees its own part of the map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.thusong.identity;
