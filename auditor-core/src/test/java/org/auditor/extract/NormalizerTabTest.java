package org.auditor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTabTest {
    @Test
    void aTabBetweenCellsSurvivesWhereASpaceIsRemoved() {
        assertThat(Normalizer.normalize("一般公共服务支出\t2,106.66\t一、外交支出")).isEqualTo("一般公共服务支出\t2106.66\t一、外交支出");
        assertThat(Normalizer.normalize("1.\t2025年部门收入预算总表")).isEqualTo("1.\t2025年部门收入预算总表");
        assertThat(Normalizer.normalize("支出 2,106.66 万元")).isEqualTo("支出2106.66万元");
    }

    @Test
    void positionsStayAlignedWithTheNormalisedText() {
        Normalizer.Line l = Normalizer.normalize("合计\t2,106.66", new float[] {0, 10, 20, 30, 35, 40, 45, 50, 55, 60, 65});
        assertThat(l.text()).isEqualTo("合计\t2106.66");
        assertThat(l.xs()).containsExactly(0, 10, 20, 30, 40, 45, 50, 55, 60, 65); // the comma's x is gone with it
    }
}
