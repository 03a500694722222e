/**
 * Uploaded files (evidence, photos): type checked by content, size limited, SHA-256 kept, downloaded only within scope (seed 000: portfolio of evidence).
 */
@org.springframework.modulith.ApplicationModule
package org.thusong.documents;
