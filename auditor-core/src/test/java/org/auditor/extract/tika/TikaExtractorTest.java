package org.auditor.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractors;
import org.auditor.extract.TestFiles;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format the Tika extractor reads, each from a file written by the test (DOC from a fixture: nothing
 * in Java writes Word 97 files; it was made by {@code soffice --convert-to "doc:MS Word 97"} from the HTML
 * in {@link #wordTwoThousandThreeFixture}'s comment). Lines are asserted exactly: text, order and cell names.
 */
class TikaExtractorTest {
    @TempDir Path dir;
    private final Extractors extractors = Extractors.standard();

    @Test void docxParagraphsLineBreaksAndTablesOneCellPerLine() throws Exception {
        Path file = dir.resolve("report.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("益阳市人民政府办公室 2019");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("第 1 页");
            doc.createParagraph().createRun().setText("一、收入支出决算总体情况");
            var run = doc.createParagraph().createRun();
            run.setText("收入合计3,032.83 万元，");
            run.addBreak();
            run.setText("支出合计3253.16万元。");
            doc.createParagraph(); // an empty paragraph spaces blocks, as a blank line does in text
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("项目");
            twoParagraphs(table.getRow(0).getCell(1), "2024年", "决算数");
            table.getRow(0).getCell(2).setText("备注");
            table.getRow(1).getCell(0).setText("   其中：公务接待");
            twoParagraphs(table.getRow(1).getCell(1), "20", "300");
            doc.createParagraph().createRun().setText("尾段 7");
            doc.write(out);
        }
        Document d = extractors.extract(file);
        assertThat(d.format()).isEqualTo("docx");
        assertThat(d.pages()).isZero();
        assertThat(d.lines()).extracting(TextLine::line, TextLine::text, TextLine::cell).containsExactly(
                tuple(1, "一、收入支出决算总体情况", null),
                tuple(2, "收入合计3032.83万元，", null),
                tuple(3, "支出合计3253.16万元。", null),
                tuple(4, "", null),
                tuple(5, "项目", "table 1 row 1 col 1"),
                tuple(6, "2024年 决算数", "table 1 row 1 col 2"),
                tuple(7, "备注", "table 1 row 1 col 3"),
                tuple(8, "   其中：公务接待", "table 1 row 2 col 1"),
                tuple(9, "20\t300", "table 1 row 2 col 2"), // two numbers, not the digit groups of 20300
                tuple(10, "", "table 1 row 2 col 3"),
                tuple(11, "尾段7", null));
    }

    private static void twoParagraphs(XWPFTableCell cell, String first, String second) {
        cell.getParagraphs().get(0).createRun().setText(first);
        XWPFParagraph p = cell.addParagraph();
        p.createRun().setText(second);
    }

    /**
     * Made from {@code <p>一、收入决算情况</p><p>收入合计3,032.83万元，其中财政拨款2988.83万元。</p>
     * <table><tr><td>项目</td><td><p>2024年</p><p>决算数</p></td></tr><tr><td>公务接待费</td><td>1.91</td></tr>
     * </table><p>以上数据单位：万元</p>}.
     */
    @Test void wordTwoThousandThreeFixture() throws Exception {
        Path file = dir.resolve("sample.doc");
        try (InputStream in = getClass().getResourceAsStream("sample.doc")) { Files.copy(in, file); }
        Document d = extractors.extract(file);
        assertThat(d.format()).isEqualTo("doc");
        assertThat(d.lines()).extracting(TextLine::text, TextLine::cell).containsExactly(
                tuple("一、收入决算情况", null),
                tuple("收入合计3032.83万元，其中财政拨款2988.83万元。", null),
                tuple("项目", "table 1 row 1 col 1"),
                tuple("2024年 决算数", "table 1 row 1 col 2"),
                tuple("公务接待费", "table 1 row 2 col 1"),
                tuple("1.91", "table 1 row 2 col 2"),
                tuple("以上数据单位：万元", null));
    }

    @Test void htmlInGbkWithSpansBreaksAndSourceWhitespace() throws Exception {
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
                <title>标题不是正文 1</title><style>p { margin: 0 }</style></head>
                <body>
                  <h2>  三公经费  </h2>
                  <p>合计 143.61
                     万元<br>其中：公务接待 1.91 万元</p>
                  <table>
                    <tr><td colspan="2">项目</td><td>2024年<br/>决算数</td></tr>
                    <tr><td>a</td><td>b</td><td>  4.87 </td></tr>
                  </table>
                  <div>散落文本 7</div>
                  <script>var total = 100;</script>
                </body></html>
                """;
        Path file = TestFiles.write(dir, "page.xls", html.getBytes(Charset.forName("GBK"))); // an "Excel export" that is HTML
        Document d = extractors.extract(file);
        assertThat(d.format()).isEqualTo("html");
        assertThat(d.lines()).extracting(TextLine::text, TextLine::cell).containsExactly(
                tuple("三公经费", null),
                tuple("合计143.61万元", null),
                tuple("其中：公务接待1.91万元", null),
                tuple("项目", "table 1 row 1 col 1"),
                tuple("2024年 决算数", "table 1 row 1 col 3"),
                tuple("a", "table 1 row 2 col 1"),
                tuple("b", "table 1 row 2 col 2"),
                tuple("4.87", "table 1 row 2 col 3"),
                tuple("散落文本7", null));
    }

    @Test void nestedTablesAreNumberedThroughTheDocument() throws Exception {
        String html = "<html><body><table><tr><td>外 1<table><tr><td>内 2</td></tr></table>后 3</td><td>4</td></tr></table>"
                + "<table><tr><td>5</td></tr></table></body></html>";
        Document d = extractors.extract(TestFiles.write(dir, "nested.html", html));
        assertThat(d.lines()).extracting(TextLine::text, TextLine::cell).containsExactly(
                tuple("外1", "table 1 row 1 col 1"),
                tuple("内2", "table 2 row 1 col 1"),
                tuple("后3", "table 1 row 1 col 1"),
                tuple("4", "table 1 row 1 col 2"),
                tuple("5", "table 3 row 1 col 1"));
    }

    @Test void odtWithSpannedCellsListsAndLineBreaks() throws Exception {
        Path file = TestFiles.odt(dir, "report.odt", """
                <text:h text:outline-level="1">二、收入决算情况</text:h>
                <text:p>收入合计 3,032.83 万元<text:line-break/>支出合计3253.16万元</text:p>
                <text:list><text:list-item><text:p>项目一 5</text:p></text:list-item>
                 <text:list-item><text:p>项目二 6</text:p></text:list-item></text:list>
                <text:p/>
                <table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>
                 <table:table-row>
                  <table:table-cell table:number-columns-spanned="2"><text:p>项目</text:p></table:table-cell>
                  <table:covered-table-cell/>
                  <table:table-cell><text:p>2024年</text:p><text:p>决算数</text:p></table:table-cell>
                 </table:table-row>
                 <table:table-row>
                  <table:table-cell><text:p>a</text:p></table:table-cell>
                  <table:table-cell><text:p>b</text:p></table:table-cell>
                  <table:table-cell><text:p>143.61</text:p></table:table-cell>
                 </table:table-row>
                </table:table>
                """);
        Document d = extractors.extract(file);
        assertThat(d.format()).isEqualTo("odt");
        assertThat(d.lines()).extracting(TextLine::text, TextLine::cell).containsExactly(
                tuple("二、收入决算情况", null),
                tuple("收入合计3032.83万元", null),
                tuple("支出合计3253.16万元", null),
                tuple("项目一5", null), // a list item holding a paragraph is one line
                tuple("项目二6", null),
                tuple("", null),
                tuple("项目", "table 1 row 1 col 1"),
                tuple("2024年 决算数", "table 1 row 1 col 3"),
                tuple("a", "table 1 row 2 col 1"),
                tuple("b", "table 1 row 2 col 2"),
                tuple("143.61", "table 1 row 2 col 3"));
    }

    @Test void rtfParagraphsAndLineBreaks() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 "
                + rtfUnicode("一、收入决算情况") + "\\par " + rtfUnicode("收入合计3,032.83万元") + "\\line "
                + rtfUnicode("支出合计3253.16万元") + "\\par }";
        Document d = extractors.extract(TestFiles.write(dir, "report.rtf", rtf));
        assertThat(d.format()).isEqualTo("rtf");
        assertThat(d.lines()).extracting(TextLine::text).filteredOn(t -> !t.isBlank())
                .containsExactly("一、收入决算情况", "收入合计3032.83万元", "支出合计3253.16万元");
    }

    private static String rtfUnicode(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 128 ? String.valueOf((char) c) : "\\u" + c + "?"));
        return sb.toString();
    }

    @Test void aDocumentWithoutTextIsAnErrorNotAnEmptyReport() throws Exception {
        Path file = dir.resolve("scan.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph();
            doc.write(out);
        }
        assertThatThrownBy(() -> extractors.extract(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("no text in this DOCX file");
    }

    @Test void aDamagedDocxSaysSo() throws Exception {
        Path file = TestFiles.zip(dir, "broken.docx", Map.of(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document><w:body><w:p>"));
        assertThatThrownBy(() -> extractors.extract(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("damaged or unreadable DOCX file");
    }

    @Test void aPasswordProtectedDocxSaysSo() throws Exception {
        Path file = TestFiles.encryptedDocx(dir, "locked.docx", "机密 100");
        assertThatThrownBy(() -> extractors.extract(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("password-protected");
    }
}
