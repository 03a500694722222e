package org.thusong.documents;

/**
 * A document was stored and committed. Published inside the storing transaction through the event
 * publication registry, so a listener (e.g. a virus scan or an evidence index) never misses one.
 */
public record DocumentStored(DocumentId id, String areaPath, String sha256) {
}
