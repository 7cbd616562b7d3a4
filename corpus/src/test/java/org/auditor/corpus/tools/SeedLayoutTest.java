package org.auditor.corpus.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.auditor.corpus.tools.SeedLayout.Block;
import org.auditor.corpus.tools.SeedLayout.Paragraph;
import org.auditor.corpus.tools.SeedLayout.Table;
import org.junit.jupiter.api.Test;

/** Table recovery on the seeds' own flattenings, and on the cases that must stay paragraphs. */
class SeedLayoutTest {

    @Test void aMergedHeaderRowAndCellsWithSecondParagraphs() throws Exception {
        // 003: 预算、决算、结余对比情况表, a two-row header over seven columns
        List<Table> tables = tables(seed("003_d43bba9ed6edf45c"));
        Table t = tables.get(0);
        assertThat(t.rows()).extracting(List::size).containsExactly(4, 7, 7, 7, 7);
        assertThat(t.rows().get(0)).containsExactly(List.of("项 目"), List.of("预算金额"), List.of("决算", "金额"),
                List.of("执行差异", "（预算-决算）"));
        assertThat(t.rows().get(1).get(0)).containsExactly(""); // the empty cell under 项 目
        assertThat(t.rows().get(4)).containsExactly(List.of("合 计"), List.of("3716.29"), List.of("397.95"),
                List.of("1452.37"), List.of("5566.61"), List.of("5517.87"), List.of("48.74"));
        assertThat(tables).hasSize(2);
    }

    @Test void verticalTextInACellAndARowSplitByAnEmptyParagraph() throws Exception {
        List<Table> tables = tables(seed("002_7daf7e59afd9bf54"));
        assertThat(tables.stream().flatMap(t -> t.rows().stream()).flatMap(List::stream))
                .contains(List.of("绩", "效", "指", "标"), List.of("偏差原因", "分析及", "改进措施"));
        // "12、电子政务内网…" ends with an empty paragraph; its row still has the table's four cells
        Table basics = tables.get(1);
        assertThat(basics.rows()).filteredOn(r -> r.get(0).get(0).startsWith("12、"))
                .singleElement().satisfies(r -> assertThat(r).hasSize(4).endsWith(List.of("10.47"), List.of("10.47")));
    }

    @Test void tabSeparatedRowsAreTablesToo() throws Exception {
        List<Table> tables = tables(seed("001_954e3ea0abc2fe0e"));
        assertThat(tables).isNotEmpty().allSatisfy(t -> assertThat(t.columns()).isEqualTo(6));
        assertThat(tables.get(0).rows().get(0).get(0)).containsExactly("一级 指标");
    }

    @Test void whatDoesNotMakeATableStaysParagraphsLineForLine() {
        String text = "标题\n\t只有一列\n\n\t还是一列\n正文 100 万元\t\n";
        List<Block> blocks = SeedLayout.of(text);
        assertThat(blocks).containsExactly(new Paragraph("标题"), new Paragraph("\t只有一列"), new SeedLayout.Blank(),
                new Paragraph("\t还是一列"), new Paragraph("正文 100 万元\t"));
    }

    @Test void aTableEndsWhereTheTextGoesOn() {
        // 000: a table cut short by a section heading that follows its last cell without a blank line
        String text = "\t序号\n\t单位名称\n\n\t1\n\t益阳市人民政府办公室(本级)\n\n\t2\n 第三部分\n益阳市人民政府办公室(本级)2019 年度部门决算情况说明\n\n一、关于";
        List<Block> blocks = SeedLayout.of(text);
        assertThat(blocks.get(0)).isInstanceOf(Table.class);
        assertThat(((Table) blocks.get(0)).rows()).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(blocks.subList(1, blocks.size())).containsExactly(new Paragraph(" 第三部分"),
                new Paragraph("益阳市人民政府办公室(本级)2019 年度部门决算情况说明"), new SeedLayout.Blank(), new Paragraph("一、关于"));
    }

    @Test void longRunsOfBlankLinesArePageBreaks() {
        assertThat(SeedLayout.of("甲\n\n\n\n乙\n")).containsExactly(new Paragraph("甲"), new SeedLayout.PageBreak(),
                new Paragraph("乙"));
    }

    private static List<Table> tables(String text) {
        return SeedLayout.of(text).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static String seed(String name) throws Exception {
        return Files.readString(org.auditor.corpus.CorpusFiles.dir("seeds").resolve(name + ".txt"), StandardCharsets.UTF_8);
    }
}
