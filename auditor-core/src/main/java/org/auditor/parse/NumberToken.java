package org.auditor.parse;

import org.auditor.model.MoneyUnit;
import org.auditor.model.QuantityKind;

/**
 * A number found in a paragraph: the digits at [start, end), the unit printed after it ending at
 * {@code unitEnd}. {@code kind} is null for a bare number whose meaning the context must give.
 */
public record NumberToken(int start, int end, int unitEnd, String text, QuantityKind kind, MoneyUnit unit, String unitText) {
    public boolean bare() { return kind == null; }

    public NumberToken as(QuantityKind k, MoneyUnit u) { return new NumberToken(start, end, unitEnd, text, k, u, unitText); }
}
