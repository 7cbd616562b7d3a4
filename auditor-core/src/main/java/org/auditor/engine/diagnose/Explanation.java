package org.auditor.engine.diagnose;

import java.util.List;

import org.auditor.model.Diagnosis;

/**
 * One kind of cause. Given a check, it proposes every hypothesis of its kind that makes the relation hold
 * when the rounding model re-evaluates it (or, for notes on passed checks, that describes why it holds),
 * each with a score; the diagnoser ranks them across kinds.
 */
public interface Explanation {
    List<Diagnosis> explain(Case c);
}
