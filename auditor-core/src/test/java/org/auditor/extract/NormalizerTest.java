package org.auditor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    @Test
    void fullWidthDigitsAndPunctuationBecomeAscii() {
        assertThat(Normalizer.normalize("收入合计１２１７．９２万元，占９８．６８％")).isEqualTo("收入合计1217.92万元，占98.68%");
    }

    @Test
    void thousandsSeparatorsAndSpacesInsideNumbersGo() {
        assertThat(Normalizer.normalize("收入 1,293.60 万元，支出 1 293.60 万元")).isEqualTo("收入1293.60万元，支出1293.60万元");
    }

    @Test
    void aCommaBetweenTwoNumbersIsNotAThousandsSeparator() {
        assertThat(Normalizer.normalize("收、支总计各是4125.49,4143.91万元")).isEqualTo("收、支总计各是4125.49，4143.91万元");
    }

    @Test
    void conversionDebrisIsRemoved() {
        assertThat(Normalizer.normalize("[bookmark: _Toc15377211]（二）一般公共预算")).isEqualTo("（二）一般公共预算");
    }

    @Test
    void asciiSeparatorsBecomeChinese() {
        assertThat(Normalizer.normalize("农林水(类)支出2.21万元,占0.12%;")).isEqualTo("农林水（类）支出2.21万元，占0.12%；");
    }

    @Test
    void tabsBetweenTableCellsStay() {
        assertThat(Normalizer.normalize("\t合计\t1217.92\t1201.80")).isEqualTo("\t合计\t1217.92\t1201.80");
    }

    @Test
    void positionsFollowTheNormalisedCharacters() {
        Normalizer.Line l = Normalizer.normalize("共 1,293.6 万元", new float[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120});
        assertThat(l.text()).isEqualTo("共1293.6万元");
        assertThat(l.xs()).containsExactly(0f, 20f, 40f, 50f, 60f, 70f, 80f, 100f, 110f);
    }

    @Test
    void theShortCutForCharactersBelowTheCjkRadicalsAnswersAsTheScriptTableDoes() {
        // isCjk skips Character.UnicodeScript below U+2E80: every one of the 65,536 chars must get the same answer
        int cjk = 0;
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean byTable = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                    || (c >= '\uff00' && c <= '\uffef');
            assertThat(Normalizer.isCjk(c)).as("U+%04X", i).isEqualTo(byTable);
            if (byTable) cjk++;
        }
        assertThat(cjk).isGreaterThan(20_000); // the CJK unified ideographs alone are 20,992 (U+4E00–U+9FFF)
        assertThat(Normalizer.isCjk('合')).isTrue();
        assertThat(Normalizer.isCjk('，')).isTrue();
        assertThat(Normalizer.isCjk('7')).isFalse();
    }
}
