package org.auditor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.auditor.engine.Outcome;
import org.auditor.engine.Relations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rounding model: rounding noise is never an error, and a real gap always is. True values are drawn,
 * printed the way reports print them (rounded half-up or truncated), and the printed numbers checked.
 */
class RoundingPropertiesTest {
    static final Location L = new Location("t", 0, 1, 0, 1, "", "", null);

    static Quantity amount(String text) {
        return new Quantity("q", Printed.of(text), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "x", null, L, false);
    }

    static Quantity percent(String text) {
        return new Quantity("p", Printed.of(text), QuantityKind.PERCENT, null, "%", "", null, L, false);
    }

    static String print(BigDecimal trueValue, int decimals, boolean truncate) {
        return trueValue.setScale(decimals, truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP).toPlainString();
    }

    @Provide
    Arbitrary<BigDecimal> trueAmount() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(6);
    }

    @Property
    void aPrintedNumberStandsForItsTrueValue(@ForAll("trueAmount") BigDecimal v, @ForAll @IntRange(min = 0, max = 3) int d, @ForAll boolean truncate) {
        assertThat(Printed.of(print(v, d, truncate)).interval().contains(v)).isTrue();
    }

    @Property
    void partsPrintedSeparatelyNeverBreakTheirTotal(@ForAll("parts") List<BigDecimal> parts, @ForAll @IntRange(min = 0, max = 2) int d,
                                                    @ForAll boolean truncateParts, @ForAll boolean truncateTotal) {
        BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Quantity> printed = new ArrayList<>();
        for (BigDecimal p : parts) printed.add(amount(print(p, d, truncateParts)));
        Breakdown b = new Breakdown("c", Breakdown.Basis.LIST, amount(print(total, d, truncateTotal)), printed);
        assertThat(Relations.sum(b).passed()).isTrue();
    }

    @Property
    void aSumThatMissesByMoreThanTheRoundingIsAnError(@ForAll("parts") List<BigDecimal> parts, @ForAll @IntRange(min = 1, max = 100) int cents) {
        // parts printed with 2 decimals: the tolerance is at most n × 0.015 + 0.015
        BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gap = new BigDecimal("0.02").multiply(BigDecimal.valueOf(parts.size() + 1)).add(BigDecimal.valueOf(cents, 2));
        List<Quantity> printed = parts.stream().map(p -> amount(print(p, 2, false))).toList();
        Breakdown b = new Breakdown("c", Breakdown.Basis.LIST, amount(print(total.add(gap), 2, false)), printed);
        assertThat(Relations.sum(b).passed()).isFalse();
    }

    @Property
    void aShareComputedFromTrueValuesIsNeverAnError(@ForAll("trueAmount") BigDecimal part, @ForAll("trueAmount") BigDecimal extra,
                                                    @ForAll @IntRange(min = 0, max = 2) int d, @ForAll boolean truncate) {
        BigDecimal base = part.add(extra).add(BigDecimal.ONE);
        BigDecimal pct = part.multiply(BigDecimal.valueOf(100)).divide(base, 10, RoundingMode.HALF_UP);
        Share s = new Share("s", amount(print(part, 2, truncate)), amount(print(base, 2, truncate)), percent(print(pct, d, truncate)), null);
        Outcome o = Relations.share(s);
        assertThat(o == null || o.passed()).as("%s", o == null ? "" : o.relation()).isTrue();
    }

    @Provide
    Arbitrary<List<BigDecimal>> parts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(4).list().ofMinSize(2).ofMaxSize(12);
    }

    @Example
    void theDomainNotesExamplesHold() {
        // 59 + 73.68 + 15.56 = 148.24 against a printed 148.23 (seed 000): rounding, not an error
        Breakdown sangong = new Breakdown("c", Breakdown.Basis.LIST, amount("148.23"), List.of(amount("59"), amount("73.68"), amount("15.56")));
        assertThat(Relations.sum(sangong).passed()).isTrue();
        // 2106.66 of 2936.93 is 71.73%, of 2940.05 it is 71.65% (real PDF): the wrong base is an error
        Share wrong = new Share("s", amount("2106.66"), amount("2940.05"), percent("71.73"), null);
        assertThat(Relations.share(wrong).passed()).isFalse();
        assertThat(Relations.share(new Share("s", amount("2106.66"), amount("2936.93"), percent("71.73"), null)).passed()).isTrue();
    }
}
