package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineAssemblerTest {
    private static final float EM = 10;
    private final LineAssembler text = new LineAssembler(VerticalRules.NONE, LineAssembler.Spacing.TEXT_LAYER);

    /** Glyphs of {@code s} from {@code x}, each {@code advance} wide, on baseline {@code y}. */
    private static List<Glyph> run(String s, float x, float y, float advance) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) out.add(new Glyph(s.substring(i, i + 1), x + i * advance, advance, y, EM));
        return out;
    }

    private static List<Glyph> concat(List<Glyph> a, List<Glyph> b) {
        List<Glyph> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void gapsBecomeNothingASpaceOrATab() {
        // "2,10" + "6.66" touching: one number; a fifth of an em is still one (character spacing)
        assertThat(text.line(concat(run("2,10", 0, 100, 5), run("6.66", 20, 100, 5))).text()).isEqualTo("2,106.66");
        assertThat(text.line(concat(run("12", 0, 100, 5), run("34", 11.5f, 100, 5))).text()).isEqualTo("1234");
        // digits a quarter em apart are two cells
        assertThat(text.line(concat(run("12", 0, 100, 5), run("34", 12.5f, 100, 5))).text()).isEqualTo("12\t34");
        // Latin words a space apart; CJK characters spread by justification stay together
        assertThat(text.line(concat(run("ab", 0, 100, 5), run("cd", 12.5f, 100, 5))).text()).isEqualTo("ab cd");
        assertThat(text.line(concat(run("收入", 0, 100, 10), run("支出", 23, 100, 10))).text()).isEqualTo("收入支出");
        assertThat(text.line(concat(run("收入", 0, 100, 10), run("支出", 25, 100, 10))).text()).isEqualTo("收入 支出");
        // a column gap
        assertThat(text.line(concat(run("合计", 0, 100, 10), run("5.00", 28, 100, 5))).text()).isEqualTo("合计\t5.00");
    }

    @Test
    void positionsFollowTheCharactersAndSeparators() {
        RawLine l = text.line(concat(run("合计", 0, 100, 10), run("5.00", 28, 100, 5)));
        assertThat(l.xs()).containsExactly(0f, 10f, 20f, 28f, 33f, 38f, 43f);
        assertThat(l.box().x()).isEqualTo(0f);
        assertThat(l.box().width()).isEqualTo(48f);
        assertThat(l.box().y()).isCloseTo(100 - 8.8f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void rowsGroupByBaselineWithinATolerance() {
        List<Glyph> glyphs = new ArrayList<>(run("项目", 0, 100, 10));
        glyphs.addAll(run("12.00", 100, 101.5f, 5)); // a cell centred a little lower: same row
        glyphs.addAll(run("下一行", 0, 115, 10));
        List<LineAssembler.Row> rows = LineAssembler.rows(glyphs);
        assertThat(rows).hasSize(2);
        assertThat(text.line(rows.get(0).glyphs()).text()).isEqualTo("项目\t12.00");
        assertThat(text.line(rows.get(1).glyphs()).text()).isEqualTo("下一行");
    }

    @Test
    void aRulingSeparatesCellsThatTouch() {
        VerticalRules.Builder b = new VerticalRules.Builder();
        b.segment(20.5f, 80, 20.5f, 110); // between "计" (10..20) and "5" (21..)
        LineAssembler ruled = new LineAssembler(b.build(), LineAssembler.Spacing.TEXT_LAYER);
        List<Glyph> glyphs = concat(run("合计", 0, 100, 10), run("5.00", 21, 100, 5));
        assertThat(text.line(glyphs).text()).isEqualTo("合计5.00");
        assertThat(ruled.line(glyphs).text()).isEqualTo("合计\t5.00");
        // a ruling elsewhere on the page (another row) does not
        VerticalRules.Builder other = new VerticalRules.Builder();
        other.segment(20.5f, 200, 20.5f, 230);
        assertThat(new LineAssembler(other.build(), LineAssembler.Spacing.TEXT_LAYER).line(glyphs).text()).isEqualTo("合计5.00");
    }
}
