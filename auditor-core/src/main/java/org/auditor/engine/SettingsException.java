package org.auditor.engine;

/** A configuration or baseline file that cannot be used: the message names the file, and the line when known. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) { super(message); }
}
