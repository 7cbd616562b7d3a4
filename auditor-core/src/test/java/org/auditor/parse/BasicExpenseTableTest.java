package org.auditor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Breakdown;
import org.auditor.model.Claim;
import org.auditor.model.Location;
import org.auditor.model.Quantity;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;
import org.junit.jupiter.api.Test;

/**
 * The 基本支出 table printed in three column groups side by side (301/303 | 302 | 310/399), as some templates do,
 * read into one logical table: every 类 = Σ its 款, 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310 + 399 — and a
 * wrong 款 breaks its 类 and nothing else.
 */
class BasicExpenseTableTest {
    private static final float CHAR = 8f;

    /** A positioned line: pieces at their left x (amounts given by their right edge as a negative x). */
    private static TextLine line(int n, float y, Object... xAndText) {
        StringBuilder text = new StringBuilder();
        List<Float> xs = new ArrayList<>();
        float minX = Float.MAX_VALUE, maxX = 0;
        for (int i = 0; i < xAndText.length; i += 2) {
            float x = ((Number) xAndText[i]).floatValue();
            String s = (String) xAndText[i + 1];
            if (x < 0) x = -x - s.length() * CHAR;
            if (text.length() > 0) { text.append('\t'); xs.add(xs.get(xs.size() - 1) + CHAR); }
            for (int k = 0; k < s.length(); k++) xs.add(x + k * CHAR);
            text.append(s);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x + s.length() * CHAR);
        }
        float[] a = new float[xs.size()];
        for (int i = 0; i < a.length; i++) a[i] = xs.get(i);
        return new TextLine(3, n, text.toString(), a, new Location.Box(minX, y, maxX - minX, 10), null, false);
    }

    private static List<TextLine> page(String wages) {
        return List.of(
                line(1, 60, 150, "一般公共预算财政拨款基本支出决算表"),
                line(2, 80, 500, "单位：万元"),
                line(3, 100, 20, "科目编码", 60, "科目名称", -200, "决算数", 220, "科目编码", 260, "科目名称", -400, "决算数", 420, "科目编码", 460,
                        "科目名称", -600, "决算数"),
                line(4, 120, 20, "301", 60, "工资福利支出", -200, "300.00", 220, "302", 260, "商品和服务支出", -400, "50.00", 420, "310", 460,
                        "资本性支出", -600, "20.00"),
                line(5, 140, 20, "30101", 60, "基本工资", -200, wages, 220, "30201", 260, "办公费", -400, "30.00", 420, "31002", 460, "办公设备购置",
                        -600, "20.00"),
                line(6, 160, 20, "30102", 60, "津贴补贴", -200, "100.00", 220, "30211", 260, "差旅费", -400, "20.00", 420, "399", 460, "其他支出",
                        -600, "5.00"),
                line(7, 180, 20, "303", 60, "对个人和家庭的补助", -200, "10.00", 220, "30299", 260, "其他商品和服务支出", -400, "0.00", 420, "39999",
                        460, "其他支出", -600, "5.00"),
                line(8, 200, 20, "30302", 60, "退休费", -200, "10.00"),
                line(9, 220, 60, "人员经费合计", -200, "310.00", 460, "公用经费合计", -600, "75.00"));
    }

    private static Map<String, List<String>> sums(String wages) {
        Vocabulary v = Vocabulary.standard();
        Table t = new TableParser(v).parse("t.pdf", page(wages)).tables().get(0);
        assertThat(t.kind()).isEqualTo(TableKind.FA06_BASIC_EXPENSE);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Claim c : new TableClaims(v).claims(t)) {
            Breakdown b = (Breakdown) c;
            out.put(b.total().label() + " " + b.total().text(), b.parts().stream().map(Quantity::text).toList());
        }
        return out;
    }

    @Test
    void threeGroupsAreOneTable() {
        Table t = new TableParser(Vocabulary.standard()).parse("t.pdf", page("200.00")).tables().get(0);
        assertThat(t.rows()).extracting(Table.Row::code).containsExactly("301", "30101", "30102", "303", "30302", null, "302", "30201", "30211",
                "30299", "310", "31002", "399", "39999", null);
        assertThat(t.cells()).hasSize(15);
        // by hand: 200 + 100 = 300; 10 = 10; 310 = 300 + 10; 30 + 20 + 0 = 50; 20 = 20; 5 = 5; 75 = 50 + 20 + 5
        assertThat(sums("200.00")).containsOnly(
                Map.entry("301 工资福利支出/决算数 300.00", List.of("200.00", "100.00")),
                Map.entry("303 对个人和家庭的补助/决算数 10.00", List.of("10.00")),
                Map.entry("人员经费合计/决算数 310.00", List.of("300.00", "10.00")),
                Map.entry("302 商品和服务支出/决算数 50.00", List.of("30.00", "20.00", "0.00")),
                Map.entry("310 资本性支出/决算数 20.00", List.of("20.00")),
                Map.entry("399 其他支出/决算数 5.00", List.of("5.00")),
                Map.entry("公用经费合计/决算数 75.00", List.of("50.00", "20.00", "5.00")));
    }

    @Test
    void aWrongItemBreaksItsClassOnly() {
        // 30101 printed 120.00 for 200.00: 301's items now add up to 220.00 against 300.00; the 经费 totals are
        // sums of the 类 rows, which still hold
        Map<String, List<String>> s = sums("120.00");
        assertThat(s.get("301 工资福利支出/决算数 300.00")).containsExactly("120.00", "100.00");
        assertThat(s.get("人员经费合计/决算数 310.00")).containsExactly("300.00", "10.00");
        assertThat(s).hasSize(7);
    }
}
