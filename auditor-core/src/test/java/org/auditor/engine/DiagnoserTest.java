package org.auditor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Diagnosis.Kind;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.junit.jupiter.api.Test;

/** Never more than one primary diagnosis: a clear best, or an open cause. */
class DiagnoserTest {
    static Quantity amount(String text, int line) {
        return new Quantity("q" + line, Printed.of(text), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "支出", null,
                new Location("f", 0, line, 0, text.length(), "", "", null), false);
    }

    static Diagnosis typo(Quantity q, String meant, double score) {
        return new Diagnosis(Kind.TRANSPOSITION, "…", q, meant + "万元", List.of(q), score);
    }

    @Test
    void theBestHypothesisIsPrimary() {
        Quantity a = amount("21.00", 1), b = amount("32.00", 2);
        Diagnosis best = Diagnoser.best(List.of(typo(a, "12.00", 1.1), typo(b, "23.00", 0.8)));
        assertThat(best.kind()).isEqualTo(Kind.TRANSPOSITION);
        assertThat(best.subject()).isEqualTo(a);
    }

    @Test
    void hypothesesThatTieAtTheTopLeaveTheCauseOpen() {
        Quantity a = amount("21.00", 1), b = amount("32.00", 2);
        Diagnosis d = Diagnoser.best(List.of(typo(a, "12.00", 0.8), typo(b, "23.00", 0.8)));
        assertThat(d.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(d.correctedValue()).isNull();
        assertThat(d.explanation()).startsWith("原因不明：2 种解释同样成立").contains("21.00万元 → 12.00万元", "32.00万元 → 23.00万元");
    }

    @Test
    void nothingFitsIsCauseUnknown() {
        assertThat(Diagnoser.best(List.of())).isEqualTo(Diagnosis.unknown());
        assertThat(Diagnosis.unknown().explanation()).isEqualTo("原因不明");
    }
}
