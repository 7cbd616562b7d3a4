package org.auditor.extract;

/** A file that cannot be read as a report; the message is shown to the user in the file's error row. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) { super(message); }

    public ExtractionException(String message, Throwable cause) { super(message, cause); }
}
