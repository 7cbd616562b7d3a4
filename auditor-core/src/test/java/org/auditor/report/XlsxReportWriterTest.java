package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.ReportKind;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportWriterTest {
    private static final DataFormatter FMT = new DataFormatter();

    static byte[] write(List<FileResult> results, RunInfo run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(results, run, out);
        return out.toByteArray();
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException { return new XSSFWorkbook(new ByteArrayInputStream(bytes)); }

    /** The sheet's data rows as header → cell maps. */
    static List<Map<String, XSSFCell>> rows(XSSFSheet sheet) {
        Row head = sheet.getRow(0);
        List<Map<String, XSSFCell>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Map<String, XSSFCell> m = new HashMap<>();
            for (Cell h : head) m.put(h.getStringCellValue(), sheet.getRow(r).getCell(h.getColumnIndex()));
            rows.add(m);
        }
        return rows;
    }

    static String text(XSSFCell c) { return c == null ? "" : FMT.formatCellValue(c); }

    @Test
    void everyFindingIsARowWithNumericNumbers() throws IOException {
        List<FileResult> results = Samples.results();
        try (XSSFWorkbook wb = read(write(results, Samples.run(false, "zh")))) {
            List<Map<String, XSSFCell>> rows = rows(wb.getSheet("问题清单"));
            assertThat(rows).hasSize((int) results.stream().mapToLong(r -> r.findings().size()).sum());
            for (FileResult r : results)
                for (Check c : r.findings())
                    assertThat(rows).filteredOn(row -> text(row.get("文件")).equals(r.path())
                                    && text(row.get("规则编号")).equals(c.ruleId()) && text(row.get("问题说明")).equals(c.message()))
                            .as(c.ruleId()).hasSize(1);

            Map<String, XSSFCell> e1 = rows.stream().filter(r -> text(r.get("规则编号")).equals("SUM-002")).findFirst().orElseThrow();
            assertThat(e1.get("行号").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(e1.get("行号").getNumericCellValue()).isEqualTo(62);
            assertThat(e1.get("应为").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(e1.get("应为").getNumericCellValue()).isEqualTo(2578.48);
            assertThat(e1.get("差额").getNumericCellValue()).isEqualTo(264.33);
            assertThat(text(e1.get("差额"))).isEqualTo("264.33");
            assertThat(e1.get("页码")).satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
            assertThat(text(e1.get("原文"))).isEqualTo(Samples.seedLines().get(61));

            Map<String, XSSFCell> e2 = rows.stream().filter(r -> text(r.get("规则编号")).equals("XSEC-001")).findFirst().orElseThrow();
            assertThat(text(e2.get("可能原因"))).isEqualTo("漏列项目");
            assertThat(text(e2.get("原因分析"))).contains("恰为其他收入 44万元（第53行）");
            assertThat(text(e2.get("疑应为"))).isEqualTo("44万元");
            assertThat(text(e1.get("可能原因"))).isEqualTo("原因不明");

            Map<String, XSSFCell> hostile = rows.stream().filter(r -> text(r.get("规则编号")).equals("UNIT-001")).findFirst().orElseThrow();
            assertThat(hostile.get("疑应为").getCellType()).isEqualTo(CellType.STRING); // "=…" stays text
            assertThat(hostile.get("页码").getNumericCellValue()).isEqualTo(3);
            assertThat(hostile.get("差额").getNumericCellValue()).isEqualTo(-10);
            // a text cell, never a formula: a spreadsheet cell cannot be injected
            assertThat(hostile.get("原文").getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.get("原文").getStringCellValue()).isEqualTo(Samples.HOSTILE_SNIPPET);
            assertThat(hostile.get("问题说明").getStringCellValue()).isEqualTo(Samples.HOSTILE_MESSAGE);
        }
    }

    @Test
    void everySheetHasAFrozenHeaderAndAnAutofilterOverItsRows() throws IOException {
        try (XSSFWorkbook wb = read(write(Samples.results(), Samples.run(true, "zh")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)))
                    .containsExactly("汇总", "问题清单", "已核对", "规则", "配置");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
                int cols = s.getRow(0).getLastCellNum();
                String lastCol = org.apache.poi.ss.util.CellReference.convertNumToColString(cols - 1);
                assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(s.getSheetName())
                        .isEqualTo("A1:" + lastCol + (s.getLastRowNum() + 1));
                assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            }
        }
    }

    @Test
    void passedSheetOnlyWhenWantedAndThenWithEveryPassedCheck() throws IOException {
        FileResult seed = Samples.seedResult();
        try (XSSFWorkbook wb = read(write(List.of(seed), Samples.run(false, "zh")))) {
            assertThat(wb.getSheet("已核对")).isNull();
        }
        try (XSSFWorkbook wb = read(write(List.of(seed), Samples.run(true, "zh")))) {
            List<Map<String, XSSFCell>> rows = rows(wb.getSheet("已核对"));
            assertThat(rows).extracting(r -> text(r.get("问题说明")))
                    .containsExactlyInAnyOrderElementsOf(seed.passed().stream().map(Check::message).toList());
        }
    }

    @Test
    void summaryHasOneRowPerFileWithCountsAndALinkToTheFile() throws IOException {
        List<FileResult> results = Samples.results();
        try (XSSFWorkbook wb = read(write(results, Samples.run(false, "zh")))) {
            List<Map<String, XSSFCell>> rows = rows(wb.getSheet("汇总"));
            assertThat(rows).hasSize(results.size());
            Map<String, XSSFCell> seed = rows.get(0);
            assertThat(text(seed.get("文件路径"))).isEqualTo(Samples.SEED);
            assertThat(seed.get("文件路径").getHyperlink().getAddress())
                    .isEqualTo(Path.of(Samples.SEED).toAbsolutePath().toUri().toASCIIString())
                    .startsWith("file:/");
            assertThat(text(seed.get("单位"))).isEqualTo("益阳市人民政府办公室(本级)");
            assertThat(seed.get("年度").getNumericCellValue()).isEqualTo(2019);
            assertThat(text(seed.get("报告类型"))).isEqualTo("部门决算");
            assertThat(seed.get("已核对关系数").getNumericCellValue()).isEqualTo(results.get(0).checks().size());
            assertThat(seed.get("错误").getNumericCellValue()).isEqualTo(results.get(0).count(Severity.ERROR));
            assertThat(seed.get("警告").getNumericCellValue()).isEqualTo(1);
            assertThat(seed.get("提示").getNumericCellValue()).isEqualTo(1);
            assertThat(fill(seed.get("错误"))).isEqualTo("FFC7CE");
            assertThat(fill(seed.get("警告"))).isEqualTo("FFEB9C");

            Map<String, XSSFCell> broken = rows.get(1);
            assertThat(text(broken.get("处理状态"))).isEqualTo("出错");
            assertThat(text(broken.get("错误信息"))).contains("zip END header");
            assertThat(fill(broken.get("处理状态"))).isEqualTo("FFC7CE");
            // a path with spaces, CJK and reserved characters still becomes a valid URI
            assertThat(rows.get(2).get("文件路径").getHyperlink().getAddress()).startsWith("file:/").doesNotContain(" ", "<", "\"");
        }
    }

    @Test
    void severityCellsAreFilledByTheirSeverity() throws IOException {
        try (XSSFWorkbook wb = read(write(List.of(Samples.seedResult()), Samples.run(false, "zh")))) {
            Map<String, String> fillBySeverity = new HashMap<>();
            for (Map<String, XSSFCell> r : rows(wb.getSheet("问题清单"))) fillBySeverity.put(text(r.get("严重程度")), fill(r.get("严重程度")));
            assertThat(fillBySeverity).containsEntry("错误", "FFC7CE").containsEntry("警告", "FFEB9C").containsEntry("提示", "DDEBF7");
        }
    }

    @Test
    void rulesSheetListsEveryRuleWithItsCounts() throws IOException {
        try (XSSFWorkbook wb = read(write(Samples.results(), Samples.run(false, "zh")))) {
            List<Map<String, XSSFCell>> rows = rows(wb.getSheet("规则"));
            assertThat(rows).extracting(r -> text(r.get("规则编号")))
                    .containsExactlyElementsOf(Samples.rules().stream().map(r -> r.id()).sorted().toList());
            Map<String, XSSFCell> share = rows.stream().filter(r -> text(r.get("规则编号")).equals("SHARE-001")).findFirst().orElseThrow();
            assertThat(share.get("问题数").getNumericCellValue()).isEqualTo(1);
            assertThat(share.get("通过数").getNumericCellValue()).isEqualTo(1);
            assertThat(text(share.get("说明"))).startsWith("A stated share");
        }
    }

    @Test
    void columnWidthsFollowTheTextWithCjkCountingDoubleAndAreCapped() throws IOException {
        assertThat(XlsxReportWriter.displayWidth("合计2842.81")).isEqualTo(11);
        assertThat(XlsxReportWriter.displayWidth("（类）")).isEqualTo(6);
        try (XSSFWorkbook wb = read(write(List.of(Samples.seedResult()), Samples.run(false, "zh")))) {
            XSSFSheet s = wb.getSheet("问题清单");
            Map<String, Integer> width = new HashMap<>();
            for (Cell h : s.getRow(0)) width.put(h.getStringCellValue(), s.getColumnWidth(h.getColumnIndex()) / 256);
            int longestSection = Samples.S_STRUCTURE.length() * 2; // all CJK apart from " / "
            assertThat(width.get("章节")).isEqualTo(41); // capped at 40, plus one
            assertThat(longestSection).isGreaterThan(40);
            assertThat(width.get("原文")).isEqualTo(81);
            assertThat(width.get("行号")).isBetween(6, 8); // the header "行号" + filter button
            assertThat(width.get("规则编号")).isEqualTo(12);
        }
    }

    @Test
    void englishWorkbook() throws IOException {
        try (XSSFWorkbook wb = read(write(Samples.results(), Samples.run(true, "en")))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)))
                    .containsExactly("Summary", "Findings", "Passed", "Rules", "Configuration");
            assertThat(rows(wb.getSheet("Findings"))).extracting(r -> text(r.get("Severity"))).contains("Error", "Warning", "Info");
        }
    }

    @Test
    void linksTheAnnotatedCopyWhenTheRunWroteOne(@TempDir Path dir) throws IOException {
        FileResult hostile = Samples.hostilePdf();
        Files.writeString(PdfAnnotator.annotatedPath(dir, hostile.path()), "%PDF-1.7 stand-in");
        try (XSSFWorkbook wb = read(write(Samples.results(), Samples.run(false, "zh").withAnnotateDir(dir)))) {
            List<Map<String, XSSFCell>> rows = rows(wb.getSheet("汇总"));
            assertThat(rows.get(2).get("批注PDF").getHyperlink().getAddress())
                    .isEqualTo(PdfAnnotator.annotatedPath(dir, hostile.path()).toUri().toASCIIString());
            assertThat(text(rows.get(0).get("批注PDF"))).isEmpty(); // no copy for the text file
        }
    }

    /** Many findings: streamed, so time and memory stay flat. Prints the figure for BENCHMARKS.md. */
    @Test
    void writesFiftyThousandFindingsQuickly() throws Exception {
        List<FileResult> results = many(500, 100);
        new XlsxReportWriter().write(results.subList(0, 5), Samples.run(false, "zh"), new ByteArrayOutputStream()); // warm-up
        long t0 = System.nanoTime();
        byte[] bytes = write(results, Samples.run(false, "zh"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("xlsx: 50000 findings in %d ms, %d KiB%n", ms, bytes.length / 1024);
        assertThat(ms).isLessThan(30_000);
        // counted by streaming the sheet XML: loading 50 000 rows into XSSF would take longer than writing them
        // 配置: its header, the tool version, the configuration file (none: the defaults) and the default unit
        assertThat(streamedRowCounts(bytes)).containsExactly(501, 50_001, 1 + Samples.rules().size(), 4);
    }

    /** The number of rows of every sheet, in workbook order, read with StAX. */
    static List<Integer> streamedRowCounts(byte[] xlsx) throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            var sheets = (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator)
                    new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg).getSheetsData();
            javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
            while (sheets.hasNext()) {
                try (java.io.InputStream in = sheets.next()) {
                    javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(in);
                    int n = 0;
                    while (r.hasNext())
                        if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) n++;
                    counts.add(n);
                }
            }
        }
        return counts;
    }

    /** {@code files} results with {@code perFile} findings each, on realistic seed lines. */
    static List<FileResult> many(int files, int perFile) {
        List<String> lines = Samples.seedLines();
        List<FileResult> out = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            String path = "batch/单位" + f + "/2024年部门决算.pdf";
            List<Check> checks = new ArrayList<>();
            for (int i = 0; i < perFile; i++) {
                int line = 51 + i % 20;
                String text = lines.get(line - 1);
                Location loc = new Location(path, 1 + i / 10, line, 0, 4, text, "第" + (i / 10) + "节", new Location.Box(72, 100 + i % 10 * 20, 40, 12));
                Quantity q = new Quantity("q" + i, Printed.of(i + ".50"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "合计", null, loc, false);
                checks.add(new Check("SUM-002", "SUM", Severity.values()[i % 3], false, i + ".50 = " + (i + 1) + ".00",
                        "合计 " + i + ".50万元与明细合计不符", List.of(q), BigDecimal.valueOf(i + 1), new BigDecimal("-0.50"), "c" + i));
            }
            out.add(new FileResult(path, "ok", null, ReportKind.FINAL_ACCOUNTS, "单位" + f, 2024, 30, checks));
        }
        return out;
    }

    private static String fill(XSSFCell c) {
        XSSFCellStyle s = c.getCellStyle();
        return s.getFillForegroundColorColor() == null ? null : s.getFillForegroundColorColor().getARGBHex().substring(2);
    }
}
