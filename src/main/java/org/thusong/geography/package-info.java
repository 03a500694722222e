/**
 * The area hierarchy in demarcations (country → province/il → district/ilçe → municipality → ward/mahalle), codes, boundaries, population, and the point → area lookup. Serves every seed.
 */
@org.springframework.modulith.ApplicationModule
package org.thusong.geography;
