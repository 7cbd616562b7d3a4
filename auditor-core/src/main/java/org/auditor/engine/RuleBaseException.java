package org.auditor.engine;

/** The rule base cannot be built: a missing or broken DRL file. The message names file, line and problem. */
public class RuleBaseException extends RuntimeException {
    public RuleBaseException(String message) { super(message); }
}
