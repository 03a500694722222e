package org.thusong.documents;

/**
 * An upload whose content is none of the accepted {@link DocumentType}s, whatever its name says.
 * Web layers answer 415 naming the accepted types.
 */
public class UnsupportedDocumentType extends RuntimeException {

	public UnsupportedDocumentType() {
		super("This kind of file is not accepted; upload one of: " + DocumentType.allowedList());
	}

	public String allowedTypes() {
		return DocumentType.allowedList();
	}
}
