package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.auditor.extract.Extractors;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The five real reports in shared/real. Page numbers of the facts were read off {@code pdftotext -layout
 * -f N -l N} and the page images.
 */
class RealPdfExtractionTest {
    /** A number with two decimal points: two cells' numbers run together ("1234.5612.00"). */
    private static final Pattern MERGED_NUMBERS = Pattern.compile("\\d\\.\\d{2}\\d+\\.\\d{2}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-–—]\\s*\\d{1,3}\\s*[-–—]|第\\s*\\d{1,3}\\s*页.*");

    @ParameterizedTest
    @CsvSource({
            RealPdfs.CAIZHENGJU + ",25,14", // page 14: an empty table row, no text
            RealPdfs.GUIHUAZIYUAN + ",30,",
            RealPdfs.TEMPLATE + ",23,",
            RealPdfs.ZHENGFUBAN + ",22,",
            RealPdfs.SHANGWUWEI + ",26,"})
    void readsEveryPageWithoutWarnings(String name, int pages, Integer blankPage) {
        Document doc = RealPdfs.extract(name);
        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(doc.pages()).isEqualTo(pages);
        assertThat(doc.warnings()).as("garbled / scan warnings").isEmpty();
        List<Integer> withText = range(1, pages);
        withText.remove(blankPage);
        assertThat(doc.lines()).extracting(TextLine::page).containsAll(withText).allMatch(p -> p <= pages && !p.equals(blankPage));
    }

    @ParameterizedTest
    @ValueSource(strings = {RealPdfs.CAIZHENGJU, RealPdfs.GUIHUAZIYUAN, RealPdfs.TEMPLATE, RealPdfs.ZHENGFUBAN, RealPdfs.SHANGWUWEI})
    void linesAreNumberedPerPageWithAlignedGeometry(String name) {
        Document doc = RealPdfs.extract(name);
        Map<Integer, Integer> lastLine = new HashMap<>();
        for (TextLine l : doc.lines()) {
            int expected = lastLine.getOrDefault(l.page(), 0) + 1;
            assertThat(l.line()).as("line number on page %d", l.page()).isEqualTo(expected);
            lastLine.put(l.page(), expected);
            assertThat(l.xs()).as("one x per character: %s", l.text()).hasSize(l.text().length());
            assertThat(l.text()).isNotBlank().doesNotStartWith(" ").doesNotEndWith("\t");
            assertThat(l.ocr()).isFalse();
            // inside an A4 page, portrait or landscape, origin top-left
            assertThat(l.box().x()).isBetween(0f, 842f);
            assertThat(l.box().y()).isBetween(0f, 842f);
            assertThat(l.box().x() + l.box().width()).isLessThanOrEqualTo(842f);
            for (int i = 1; i < l.xs().length; i++) {
                assertThat(l.xs()[i]).as("x of char %d in %s", i, l.text()).isGreaterThanOrEqualTo(l.xs()[i - 1] - 0.01f);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {RealPdfs.CAIZHENGJU, RealPdfs.GUIHUAZIYUAN, RealPdfs.TEMPLATE, RealPdfs.ZHENGFUBAN, RealPdfs.SHANGWUWEI})
    void tableCellsNeverMergeAndNoPageFurnitureIsLeft(String name) {
        for (TextLine l : RealPdfs.extract(name).lines()) {
            assertThat(MERGED_NUMBERS.matcher(l.text()).find()).as("merged numbers in p.%d: %s", l.page(), l.text()).isFalse();
            assertThat(PAGE_NUMBER.matcher(l.text().strip()).matches()).as("page number line p.%d: %s", l.page(), l.text()).isFalse();
        }
    }

    @Test
    void caizhengjuNarrativeFactsAreOnPage21() {
        Document doc = RealPdfs.extract(RealPdfs.CAIZHENGJU);
        TextLine total = RealPdfs.find(doc, "财政拨款收入支出总计0.3万元");
        assertThat(total).isNotNull();
        assertThat(total.page()).isEqualTo(21);
        assertThat(total.text()).isEqualTo("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，");
        TextLine share = RealPdfs.find(doc, "2106.66万元，占71.73%");
        assertThat(share).isNotNull();
        assertThat(share.page()).isEqualTo(21);
        assertThat(share.line()).isGreaterThan(total.line());
        // the span of "71.73%" sits on the printed line, right of its start
        int at = share.text().indexOf("71.73%");
        assertThat(share.spanBox(at, at + 6).x()).isGreaterThan(share.box().x() + 100);
    }

    @Test
    void caizhengjuTablesKeepCellsApart() {
        Document doc = RealPdfs.extract(RealPdfs.CAIZHENGJU);
        // printed "2,940.05" and "2,106.66" in a two-sided table: both halves of the row on one line
        assertThat(onPage(doc, 6)).contains("一、一般公共预算财政拨款收入\t2940.05\t一、一般公共服务支出\t2106.66",
                "本年收入合计\t2946.25\t本年支出合计\t2940.05");
        assertThat(onPage(doc, 8)).contains("201\t06\t01\t行政运行\t1511.90\t1511.89\t0.01");
    }

    @Test
    void guihuaziyuanNarrativeOnPage20() {
        Document doc = RealPdfs.extract(RealPdfs.GUIHUAZIYUAN);
        assertThat(RealPdfs.find(doc, "增长12.08%").page()).isEqualTo(20);
        assertThat(RealPdfs.find(doc, "项目支出4381.74万元，占44.90%").page()).isEqualTo(20);
    }

    @Test
    void budgetTablesKeepEveryColumn() {
        assertThat(onPage(RealPdfs.extract(RealPdfs.ZHENGFUBAN), 12)).contains("合计\t91016775.35\t24606775.35\t66410000.00");
        Document shangwuwei = RealPdfs.extract(RealPdfs.SHANGWUWEI);
        assertThat(onPage(shangwuwei, 13)).contains("合计\t371514655.00\t19830655.00\t351684000.00");
        // number and label of adjacent cells printed a hair apart: the cell border separates them
        assertThat(onPage(shangwuwei, 9)).contains("一、财政拨款收入\t371514655.00\t一、一般公共服务支出\t21601733.00");
    }

    @Test
    void textClippedAtAPageBreakIsReadOnceWhereItIsPrinted() {
        // WPS prints a long table cell on pages 3 and 4 by drawing all of it on both and clipping each part
        List<TextLine> hits = new ArrayList<>();
        for (TextLine l : RealPdfs.extract(RealPdfs.SHANGWUWEI).lines()) if (l.text().startsWith("13、完成区委、区政府交办")) hits.add(l);
        assertThat(hits).extracting(TextLine::page).containsExactly(4);
        assertThat(hits.get(0).box().y()).isBetween(0f, 595f);
    }

    @Test
    void templatePlaceholdersSurvive() {
        Document doc = RealPdfs.extract(RealPdfs.TEMPLATE);
        assertThat(onPage(doc, 1)).contains("上海市 XX 局", "2024年度部门决算");
        assertThat(RealPdfs.find(doc, "…")).as("the template's '…' table cells are not dotted leaders").isNotNull();
    }

    @Test
    void standardExtractorsPickThePdfExtractor() throws Exception {
        Document doc = Extractors.standard().extract(RealPdfs.file(RealPdfs.ZHENGFUBAN));
        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(doc.pages()).isEqualTo(22);
    }

    private static List<String> onPage(Document doc, int page) {
        List<String> out = new ArrayList<>();
        for (TextLine l : doc.lines()) if (l.page() == page) out.add(l.text());
        return out;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(i);
        return out;
    }
}
