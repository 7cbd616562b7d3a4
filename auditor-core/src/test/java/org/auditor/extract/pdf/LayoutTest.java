package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.auditor.extract.pdf.TestPdfs.Page;
import org.auditor.extract.pdf.TestPdfs.Rule;
import org.auditor.extract.pdf.TestPdfs.Text;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts the real reports do not all have, built at test time: furniture, TOC, two columns, split runs. */
class LayoutTest {
    @TempDir Path dir;

    @Test
    void runningHeadersFootersAndPageNumbersAreDropped() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            pages.add(new Page(List.of(
                    new Text(72, 40, 9, "上海市普陀区财政局2024年度部门决算"),
                    new Text(470, 75, 10.5f, "单位：万元"),
                    new Text(72, 200, 12, "正文第" + p + "页：支出合计" + (100 + p) + ".50万元。"),
                    new Text(72, 230, 12, "本页说明文字没有金额，但足够长以便判断版面。"),
                    new Text(p % 2 == 1 ? 290 : 280, 810, 9, p % 2 == 1 ? "- " + p + " -" : "第 " + p + " 页"),
                    new Text(72, 825, 9, "普陀区财政局"))));
        }
        Document doc = extract("furniture.pdf", PDRectangle.A4, pages);
        for (int p = 1; p <= 5; p++) {
            // the unit line repeats at the top of every page too, but it states a fact and stays
            assertThat(texts(doc, p)).containsExactly("单位：万元", "正文第" + p + "页：支出合计" + (100 + p) + ".50万元。",
                    "本页说明文字没有金额，但足够长以便判断版面。");
        }
    }

    @Test
    void bareNumbersArePageNumbersOnlyWhenTheyCountThePages() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            List<Text> texts = new ArrayList<>(List.of(
                    new Text(72, 200, 12, "第" + p + "页正文，说明文字足够长以便判断版面。"),
                    new Text(297, 815, 10, String.valueOf(p + 2)))); // printed page numbers start at 3
            if (p == 2) texts.add(new Text(72, 790, 10, "310")); // a table code on the page's last body line
            pages.add(new Page(texts));
        }
        Document doc = extract("numbers.pdf", PDRectangle.A4, pages);
        assertThat(texts(doc, 1)).containsExactly("第1页正文，说明文字足够长以便判断版面。");
        assertThat(texts(doc, 2)).containsExactly("第2页正文，说明文字足够长以便判断版面。", "310");
        assertThat(doc.lines()).extracting(TextLine::text).doesNotContain("3", "4", "5", "6");
    }

    @Test
    void tableOfContentsEntriesAreDroppedAndLeadersRemoved() throws Exception {
        Document doc = extract("toc.pdf", PDRectangle.A4, List.of(
                new Page(List.of(
                        new Text(260, 80, 16, "目  录"),
                        new Text(72, 130, 12, "一、收入支出决算总表……………………………3"),
                        new Text(72, 160, 12, "二、收入决算表 ............................ 4"),
                        new Text(72, 190, 12, "三、支出决算表"), new Text(500, 190, 12, "5"),
                        new Text(72, 220, 12, "四、名词解释………………………………"))),
                new Page(List.of(
                        new Text(72, 100, 14, "一、收入支出决算总表"),
                        new Text(72, 130, 12, "本年收入合计100.00万元，本年支出合计98.00万元。")))));
        List<String> toc = texts(doc, 1);
        assertThat(toc).hasSize(2);
        assertThat(toc.get(0).replaceAll("\\s", "")).isEqualTo("目录");
        assertThat(toc.get(1)).isEqualTo("四、名词解释");
        assertThat(texts(doc, 2)).containsExactly("一、收入支出决算总表", "本年收入合计100.00万元，本年支出合计98.00万元。");
    }

    @Test
    void twoColumnPageIsReadLeftColumnFirst() throws Exception {
        String filler = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
        List<Text> texts = new ArrayList<>(List.of(new Text(220, 60, 16, "两栏排版的说明文字")));
        for (int i = 1; i <= 8; i++) {
            String left = ("左栏第" + i + "行" + filler).substring(0, i == 8 ? 10 : 20);
            String right = ("右栏第" + i + "行" + filler).substring(0, i == 8 ? 10 : 20);
            texts.add(new Text(50, 100 + 20 * i, 12, left));
            texts.add(new Text(310, 100 + 20 * i, 12, right));
        }
        Document doc = extract("columns.pdf", PDRectangle.A4, List.of(new Page(texts)));
        List<String> lines = texts(doc, 1);
        assertThat(lines).hasSize(17);
        assertThat(lines.get(0)).isEqualTo("两栏排版的说明文字");
        for (int i = 1; i <= 8; i++) {
            assertThat(lines.get(i)).startsWith("左栏第" + i + "行");
            assertThat(lines.get(8 + i)).startsWith("右栏第" + i + "行");
        }
    }

    @Test
    void numbersSplitAcrossRunsStayWholeAndAdjacentCellsStayApart() throws Exception {
        float size = 12;
        float afterLabel = 100 + TestPdfs.width("合计", size);
        Document doc = extract("cells.pdf", PDRectangle.A4, List.of(new Page(List.of(
                // one number drawn as two runs: "2,10" then "6.66" exactly where the first ends
                new Text(100, 100, size, "一般公共服务支出"),
                new Text(300, 100, size, "2,10"), new Text(300 + TestPdfs.width("2,10", size), 100, size, "6.66"),
                // two numbers in adjacent cells, a third of an em apart
                new Text(100, 140, size, "12.00"), new Text(100 + TestPdfs.width("12.00", size) + 4, 140, size, "34.50"),
                // a label and a number a hair apart but with a cell border between them
                new Text(100, 180, size, "合计"), new Text(afterLabel + 2, 180, size, "56.00"),
                // a word space before a CJK unit is no cell border
                new Text(100, 220, size, "2024 年度决算")),
                List.of(new Rule(afterLabel + 1, 165, 185)), 0)));
        assertThat(texts(doc, 1)).containsExactly("一般公共服务支出\t2106.66", "12.00\t34.50", "合计\t56.00", "2024年度决算");
        TextLine amount = doc.lines().get(0);
        int at = amount.text().indexOf("2106.66");
        // positions stay aligned with the normalised text: the number starts where "2,10" was drawn
        assertThat(amount.xs()[at]).isCloseTo(300f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(amount.box().y()).isBetween(85f, 100f);
    }

    @Test
    void aRotatedPageIsReadAsDisplayed() throws Exception {
        TestPdfs.assumeCjkFont();
        Path pdf = dir.resolve("rotated.pdf");
        try (org.apache.fontbox.ttf.TrueTypeCollection ttc = new org.apache.fontbox.ttf.TrueTypeCollection(TestPdfs.CJK_FONT.toFile());
             org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            List<org.apache.fontbox.ttf.TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, faces.get(0), true);
            // a portrait page shown in landscape (/Rotate 90), its text drawn turned so that it reads upright
            var page = new org.apache.pdfbox.pdmodel.PDPage(PDRectangle.A4);
            page.setRotation(90);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                String[] lines = {"第一行：本年支出合计2940.05万元。", "第二行：占比71.73%。"};
                for (int i = 0; i < lines.length; i++) {
                    float x = 72, y = 100 + 30 * i; // display position, from the top left of the landscape view
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setTextMatrix(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, y, x));
                    cs.showText(lines[i]);
                    cs.endText();
                }
                // two cells a hair apart with a ruling between them (display x 100.5, y 150..170)
                float afterLabel = 72 + font.getStringWidth("合计") / 1000 * 12;
                String[] cells = {"合计", "56.00"};
                float[] xs = {72, afterLabel + 1.5f};
                for (int i = 0; i < 2; i++) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setTextMatrix(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, 165, xs[i]));
                    cs.showText(cells[i]);
                    cs.endText();
                }
                cs.moveTo(150, afterLabel + 0.75f);
                cs.lineTo(170, afterLabel + 0.75f);
                cs.stroke();
            }
            doc.save(pdf.toFile());
        }
        Document doc = new PdfExtractor().extract(pdf);
        assertThat(texts(doc, 1)).containsExactly("第一行：本年支出合计2940.05万元。", "第二行：占比71.73%。", "合计\t56.00");
        TextLine first = doc.lines().get(0);
        assertThat(first.box().x()).isCloseTo(72f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(first.box().y()).isBetween(85f, 100f);
        assertThat(first.box().x() + first.box().width()).isBetween(250f, 842f); // runs across the landscape width
    }

    private Document extract(String name, PDRectangle size, List<Page> pages) throws Exception {
        return new PdfExtractor().extract(TestPdfs.write(dir.resolve(name), size, pages));
    }

    static List<String> texts(Document doc, int page) {
        List<String> out = new ArrayList<>();
        for (TextLine l : doc.lines()) if (l.page() == page) out.add(l.text());
        return out;
    }
}
