package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextLayerQualityTest {
    private static PageText page(int n, String text, int shown, int unmapped) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) glyphs.add(new Glyph(text.substring(i, i + 1), i * 10, 10, 100, 10));
        return new PageText(n, 595, 842, glyphs, VerticalRules.NONE, shown, unmapped);
    }

    private static final String CHINESE = "上海市普陀区财政局2024年度部门决算，财政拨款收入支出总计2940.05万元。";

    @Test
    void readableChineseIsNotGarbled() {
        var q = TextLayerQuality.measure(page(1, CHINESE, CHINESE.length(), 0));
        assertThat(q.badShare()).isZero();
        assertThat(TextLayerQuality.garbled(List.of(q))).isEmpty();
    }

    @Test
    void privateUseReplacementAndMojibakeAreUnreadable() {
        String pua = "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008" + CHINESE.substring(0, 20);
        String mojibake = "ÉÏº£ÊÐÆÕÍÓÇø²ÆÕþ¾Ö2024Äê¶È²¿ÃÅ¾öËã"; // 上海市普陀区财政局2024年度部门决算, GBK read as Latin-1
        String replaced = "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD2940.05\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD";
        List<TextLayerQuality.Page> pages = List.of(
                TextLayerQuality.measure(page(1, CHINESE, CHINESE.length(), 0)),
                TextLayerQuality.measure(page(2, pua, pua.length(), 0)),
                TextLayerQuality.measure(page(3, mojibake, mojibake.length(), 0)),
                TextLayerQuality.measure(page(4, replaced, replaced.length(), 0)));
        assertThat(TextLayerQuality.garbled(pages)).containsExactly(2, 3, 4);
    }

    @Test
    void glyphsWithoutUnicodeCountEvenWhenDropped() {
        // 60 glyphs shown, 50 had no Unicode value and never reached the text
        var q = TextLayerQuality.measure(page(1, "2940.05万元", 60, 50));
        assertThat(q.hasText()).isTrue();
        assertThat(TextLayerQuality.garbled(List.of(q))).containsExactly(1);
    }

    @Test
    void latinLettersWhereTheReportIsChineseAreGarbled() {
        String gibberish = "3KHU4Z pqRstv XwyzBc DfgHjk LmnPqr StvWxz BcdFgh JklMnp";
        List<TextLayerQuality.Page> pages = List.of(
                TextLayerQuality.measure(page(1, CHINESE + CHINESE, 80, 0)),
                TextLayerQuality.measure(page(2, CHINESE + CHINESE, 80, 0)),
                TextLayerQuality.measure(page(3, gibberish, gibberish.length(), 0)));
        assertThat(TextLayerQuality.garbled(pages)).containsExactly(3);
        // on its own (an English document) the same text is not judged garbled
        assertThat(TextLayerQuality.garbled(List.of(pages.get(2)))).isEmpty();
    }

    @Test
    void aFewCharactersAreNotJudged() {
        var q = TextLayerQuality.measure(page(1, "\uE001\uE002\uE003", 3, 0));
        assertThat(TextLayerQuality.garbled(List.of(q))).isEmpty();
    }
}
