/**
 * The central database of local-government information: data elements, indicators as formulas
 * over them (the MFMA Circular 88 library ships with Thusong), values per data element, area and
 * period with their source, roll-ups over the area hierarchy and over periods by each element's
 * rule, and exchange with DHIS2 in its data value set format.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.thusong.indicators;
