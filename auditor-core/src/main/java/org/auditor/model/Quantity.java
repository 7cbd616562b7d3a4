package org.auditor.model;

import java.math.BigDecimal;

/**
 * A printed number with its meaning and provenance.
 *
 * @param id        unique within the document (q1, q2 …), stable for one input
 * @param number    the digits as printed
 * @param kind      amount, percentage, count or score
 * @param unit      for amounts: the currency unit printed or inherited from context
 * @param unitText  the unit as printed after the number ("万元", "%", "人", "分"), or "" if inherited
 * @param label     the words that name the quantity in the text (e.g. "基本支出")
 * @param concept   dictionary concept, or null when the label is not in the dictionary
 * @param location  where it was printed
 * @param ocr       read by OCR (findings on it are at most WARNING)
 */
public record Quantity(String id, Printed number, QuantityKind kind, MoneyUnit unit, String unitText, String label,
                       Concept concept, Location location, boolean ocr) {

    /** The rounding interval of the value, amounts converted to 万元. */
    public Interval interval() {
        Interval i = switch (kind) {
            // things counted and points assigned are exact: 8辆 is eight, 扣5分 is five
            case COUNT, SCORE -> Interval.exact(number.value());
            default -> number.interval();
        };
        return unit == null || unit == MoneyUnit.WAN_YUAN ? i : i.times(unit.toWan());
    }

    /** The value in 万元 for amounts, else as printed. */
    public BigDecimal value() {
        return unit == null ? number.value() : number.value().multiply(unit.toWan());
    }

    public String text() { return number.text(); }

    public boolean isZero() { return number.isZero(); }

    public Quantity withConcept(Concept c) { return new Quantity(id, number, kind, unit, unitText, label, c, location, ocr); }

    /** The same quantity printed as {@code n}: what a hypothesis says the report meant. */
    public Quantity withNumber(Printed n) { return new Quantity(id, n, kind, unit, unitText, label, concept, location, ocr); }

    public Quantity withUnit(MoneyUnit u) { return new Quantity(id, number, kind, u, unitText, label, concept, location, ocr); }

    /** Text with its unit, as a reader would quote it ("2842.81万元", "87.39%"). */
    public String display() {
        return switch (kind) {
            case PERCENT -> number.text() + "%";
            case AMOUNT -> number.text() + (unit == null ? "" : unit.label());
            default -> number.text() + unitText;
        };
    }
}
