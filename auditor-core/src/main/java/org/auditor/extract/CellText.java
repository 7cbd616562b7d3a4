package org.auditor.extract;

import java.util.List;

/**
 * The one text of a table cell that holds several paragraphs or line breaks ("2024年" / "决算数"). Pieces
 * are joined by a space, except between two digits: there a tab keeps "20" / "300" two numbers, where a
 * space would let {@link Normalizer} read them as the digit groups of 20300. The first piece keeps its
 * leading spaces: reports indent sub-items inside a cell ("   其中：公车购置") and the indent is all that
 * marks them as parts.
 */
public final class CellText {
    private CellText() {}

    public static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String piece : pieces) {
            String p = sb.isEmpty() ? piece.stripTrailing() : piece.strip();
            if (p.isBlank()) continue;
            if (!sb.isEmpty()) {
                boolean digits = Character.isDigit(sb.charAt(sb.length() - 1)) && Character.isDigit(p.charAt(0));
                sb.append(digits ? '\t' : ' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
