package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TesseractOcrTest {
    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static String word(int line, int n, int left, int top, int width, int height, String text) {
        return "5\t1\t1\t1\t" + line + "\t" + n + "\t" + left + "\t" + top + "\t" + width + "\t" + height + "\t91.5\t" + text + "\n";
    }

    @Test
    void wordBoxesBecomeLinesInPdfUnits() {
        String tsv = HEADER
                + "4\t1\t1\t1\t1\t0\t300\t1000\t900\t50\t-1\t\n"
                + word(1, 1, 300, 1000, 100, 50, "一般")
                + word(1, 2, 405, 1000, 100, 50, "公共")
                // a word whose box overlaps the next: its characters stay together
                + word(1, 3, 520, 1005, 200, 45, "2106.66")
                + word(1, 4, 700, 1000, 100, 50, "万元")
                + word(2, 1, 300, 1100, 100, 50, "下行")
                + word(2, 2, 900, 1100, 150, 45, "12.00");
        List<RawLine> lines = TesseractOcr.lines(tsv, 72f / 300);
        assertThat(lines).extracting(RawLine::text).containsExactly("一般公共 2106.66万元", "下行\t12.00"); // the space goes in normalisation
        RawLine first = lines.get(0);
        assertThat(first.xs()).hasSize(first.text().length());
        assertThat(first.box().x()).isCloseTo(72f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(first.xs()[5]).as("the number starts at its word box").isCloseTo(520 * 72f / 300, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void rulingsReadAsBarsAndCommasReadAsPointsAreUndone() {
        String tsv = HEADER
                + word(1, 1, 300, 1000, 400, 50, "一、一般公共预算财政拨款收入")
                + word(1, 2, 800, 1000, 150, 45, "2.940.05")
                + word(1, 3, 1000, 990, 10, 70, "|")
                + word(1, 4, 1100, 1000, 150, 45, "1.234.567.8");
        assertThat(TesseractOcr.lines(tsv, 72f / 300)).extracting(RawLine::text)
                .containsExactly("一、一般公共预算财政拨款收入\t2,940.05\t1,234,567.8");
        // a date or a section number is left alone
        assertThat(TesseractOcr.thousands("2025.12.31")).isEqualTo("2025.12.31");
        assertThat(TesseractOcr.thousands("1.2.3")).isEqualTo("1.2.3");
    }

    @Test
    void aMissingCommandIsNotAvailable() {
        assertThat(new TesseractOcr("auditor-test-no-such-tesseract").available()).isFalse();
    }
}
