package org.auditor.engine;

import org.auditor.model.Severity;

/**
 * A rule's metadata, read from its DRL annotations (@id, @family, @severity, @description and the
 * documentation in {@link RuleDoc}).
 *
 * @param source  the DRL file that defines it: a classpath resource for built-in rules, the file's path
 *                for user rules
 * @param builtIn false for a rule loaded from a user DRL file (which may override a built-in of its id)
 */
public record RuleInfo(String id, String family, Severity severity, String description, String source, boolean builtIn,
                       RuleDoc doc) {

    public RuleInfo { doc = doc == null ? RuleDoc.NONE : doc; }

    /** A built-in rule without documentation. */
    public RuleInfo(String id, String family, Severity severity, String description, String source) {
        this(id, family, severity, description, source, true, RuleDoc.NONE);
    }

    public RuleInfo withSeverity(Severity s) { return new RuleInfo(id, family, s, description, source, builtIn, doc); }
}
