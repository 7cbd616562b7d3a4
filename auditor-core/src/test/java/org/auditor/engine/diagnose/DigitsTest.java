package org.auditor.engine.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The readings each slip offers for a printed number, worked out by hand. */
class DigitsTest {

    @Test
    void aPrintedNumberIsItsDigitsAndThePoint() {
        assertThat(Digits.of("2146.85")).isEqualTo(new Digits("214685", 4));
        assertThat(Digits.of("44")).isEqualTo(new Digits("44", 2));
        assertThat(Digits.of("-12.30")).isNull();
        assertThat(new Digits("214685", 4).text()).isEqualTo("2146.85");
        assertThat(new Digits("0253", 4).text()).isNull(); // a leading zero is never printed
        assertThat(new Digits("06", 1).withPointAt(2)).isEqualTo("6");
        assertThat(new Digits("06", 1).withPointAt(0)).isEqualTo("0.06");
    }

    @Test
    void transpositionsSwapNeighboursOnOneSideOfThePoint() {
        // 2557.49: 5257.49, 2557.49 (5,5 same: none), 2575.49, 2557.94; never across the point
        assertThat(new Transposition().meant(Digits.of("2557.49"))).containsExactly("5257.49", "2575.49", "2557.94");
        assertThat(new Transposition().meant(Digits.of("44"))).isEmpty();
    }

    @Test
    void aDroppedDigitIsPutBackAnywhere() {
        assertThat(new DroppedDigit().meant(Digits.of("47.43"))).contains("471.43", "147.43", "47.143", "47.435").doesNotContain("047.43");
        assertThat(new DroppedDigit().applies(Digits.of("7"))).isFalse();
        assertThat(new DroppedDigit().applies(Digits.of("0.7"))).isFalse();
        assertThat(new DroppedDigit().applies(Digits.of("0.07"))).isFalse();
        assertThat(new DroppedDigit().applies(Digits.of("12"))).isTrue();
    }

    @Test
    void aDoubledDigitIsTakenOutOnce() {
        assertThat(new DoubledDigit().meant(Digits.of("444"))).containsExactly("44", "44");
        assertThat(new DoubledDigit().meant(Digits.of("2988.83"))).containsExactly("298.83"); // 8|.8 lie across the point
    }

    @Test
    void aShiftedPointMovesUpToThreePlaces() {
        assertThat(new DecimalShift().meant(Digits.of("1190.0"))).containsExactly("1.1900", "11.900", "119.00", "11900", null, null);
        assertThat(new DecimalShift().meant(Digits.of("0.7"))).contains("0.07", "7");
    }
}
