/**
 * The bodies that act: municipalities (one per municipal area, made from the hierarchy),
 * provincial and national departments, agencies such as MISA and DBSA, NGOs and muhtarlıklar;
 * each with a jurisdiction (an area) and departments inside it. Serves every seed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.thusong.organisations;
