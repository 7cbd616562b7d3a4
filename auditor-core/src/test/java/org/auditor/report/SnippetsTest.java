package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    static final String LINE = "收入总计3032.83万元，比上年同期减少65.35万元，下降2.11%；支出总计3253.16万元，增长1.8%。";

    static Quantity q(String text, String snippet, int column, int line) {
        Location l = new Location("f", 0, line, column, text.length(), snippet, "", null);
        return new Quantity("q", Printed.of(text), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "x", null, l, false);
    }

    static String marked(String snippet, Quantity... qs) {
        return HtmlReportWriter.marked(snippet, Snippets.spans(snippet, List.of(qs)));
    }

    @Test
    void trustsTheColumnWhenTheSnippetShowsTheNumberThere() {
        assertThat(marked(LINE, q("3032.83", LINE, LINE.indexOf("3032.83"), 1)))
                .isEqualTo("收入总计<mark>3032.83</mark>万元，比上年同期减少65.35万元，下降2.11%；支出总计3253.16万元，增长1.8%。");
    }

    @Test
    void searchesWholeNumbersWhenTheColumnDoesNotFit() {
        // column 0 is wrong; "2.1" must not mark the start of "2.11", and "1.8" must not mark inside "3.18"
        assertThat(marked("下降2.11%，后为2.1%", q("2.1", "x", 0, 1))).isEqualTo("下降2.11%，后为<mark>2.1</mark>%");
        assertThat(marked(LINE, q("1.8", LINE, 0, 1))).endsWith("增长<mark>1.8</mark>%。");
        assertThat(marked("合计 1,234.50 万元", q("1234.50", "x", 99, 1))).isEqualTo("合计 <mark>1,234.50</mark> 万元");
        assertThat(marked("没有这个数", q("12.5", "x", 0, 1))).isEqualTo("没有这个数");
    }

    @Test
    void theSameNumberTwiceOnALineMarksTwoPlaces() {
        String s = "收入37,151.47万元，其中财政拨款收入37,151.47万元";
        assertThat(marked(s, q("37151.47", s, 99, 1), q("37151.47", s, 99, 1)))
                .isEqualTo("收入<mark>37,151.47</mark>万元，其中财政拨款收入<mark>37,151.47</mark>万元");
    }

    @Test
    void escapesAroundTheMarks() {
        String s = "<b>&合计</b>10.5";
        assertThat(marked(s, q("10.5", s, 14, 1))).isEqualTo("&lt;b&gt;&amp;合计&lt;/b&gt;<mark>10.5</mark>");
    }

    @Test
    void numbersOnOneLineShareAnExcerptInTheirOrder() {
        Quantity a = q("3032.83", LINE, LINE.indexOf("3032.83"), 51), b = q("65.35", LINE, LINE.indexOf("65.35"), 51);
        Quantity c = q("2.89", "决算为2.89万元", 3, 68);
        Check check = new Check("SUM-002", "SUM", Severity.ERROR, false, "", "m", List.of(a, c, b), null, null, null);
        List<Snippets.Excerpt> x = Snippets.excerpts(check);
        assertThat(x).extracting(e -> e.at().line()).containsExactly(51, 68);
        assertThat(x.get(0).numbers()).containsExactly(a, b);
    }
}
