package org.auditor.model;

import java.util.List;

/**
 * The likely cause of a failed check (or, for a passed one, a note on why it holds only within rounding):
 * a hypothesis that was tested against the printed numbers and makes the relation hold.
 *
 * @param kind        what went wrong
 * @param explanation the hypothesis in Chinese, with the numbers that support it
 * @param subject     the printed number the hypothesis says is wrong (null when it is not one number,
 *                    e.g. a missing item or a note)
 * @param correctedValue what the report probably meant, as a reader would write it ("13.52万元", "减少");
 *                    for {@link Kind#MISSING_ITEM} and {@link Kind#DOUBLED_ITEM} the amount of that item, for
 *                    {@link Kind#WRONG_BASE} the base the stated percentage fits, for {@link Kind#PRIOR_AS_CURRENT}
 *                    the current value stated elsewhere; null when the hypothesis implies no single value
 * @param evidence    the printed numbers the hypothesis rests on, the subject first
 * @param score       plausibility for ranking the hypotheses of one check (higher is likelier)
 */
public record Diagnosis(Kind kind, String explanation, Quantity subject, String correctedValue, List<Quantity> evidence,
                        double score) {
    public Diagnosis { evidence = List.copyOf(evidence); }

    /** No hypothesis makes the relation hold. */
    public static Diagnosis unknown() { return new Diagnosis(Kind.UNKNOWN, Kind.UNKNOWN.label(), null, null, List.of(), 0); }

    public Diagnosis withExplanation(String s) { return new Diagnosis(kind, s, subject, correctedValue, evidence, score); }

    public Diagnosis withScore(double s) { return new Diagnosis(kind, explanation, subject, correctedValue, evidence, s); }

    /** The kinds of cause the diagnoser tests, with their Chinese names. */
    public enum Kind {
        UNIT_SLIP("单位错误"),
        TRANSPOSITION("数字颠倒"),
        DROPPED_DIGIT("漏写数字"),
        DOUBLED_DIGIT("多写数字"),
        DECIMAL_SHIFT("小数点错位"),
        WRONG_BASE("基数错误"),
        MISSING_ITEM("漏列项目"),
        DOUBLED_ITEM("重复计列"),
        DIRECTION("增减方向错误"),
        PRIOR_AS_CURRENT("误用上年数"),
        PLUGGED_SHARE("占比凑整"),
        SAME_GAP("同一差额"),
        ROUNDING("四舍五入"),
        UNKNOWN("原因不明");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }
}
