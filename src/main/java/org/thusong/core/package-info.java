/**
 * The shared kernel: small value types every module may use (a user's {@link org.thusong.core.Scope},
 * pages of results, periods). Nothing here holds a business rule.
 */
package org.thusong.core;
