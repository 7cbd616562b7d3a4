package org.auditor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.engine.RuleInfo;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.ReportKind;
import org.auditor.model.Severity;

/**
 * Results to write, built from the seed report 000 (益阳市人民政府办公室 2019 决算) as the parser will see
 * it: the real lines, the real numbers at their real columns, and the findings its expectation file
 * records (E1 SUM, E2 XSEC, E4 SHARE) plus passed checks; then an unreadable file and a PDF result whose
 * texts try to break out of CSV, spreadsheet and HTML quoting.
 */
final class Samples {
    static final String SEED = "corpus/seeds/000_df0ef339e2396859.txt";
    static final String S_STRUCTURE = "五、一般公共预算财政拨款收入支出决算情况说明 / （二）一般公共预算财政拨款支出决算构成情况";
    static final String S_DETAIL = "五、一般公共预算财政拨款收入支出决算情况说明 / （三）一般公共预算财政拨款支出决算具体情况";
    static final String HOSTILE_MESSAGE = "<script>alert('x')</script> & \"引号\", 逗号\n第二行";
    static final String HOSTILE_SNIPPET = "=HYPERLINK(\"http://evil\",\"点我\") 合计 1,234.50 万元";

    private Samples() {}

    static Path projectRoot() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("corpus/seeds"))) return p;
        throw new IllegalStateException("project root (with corpus/seeds) not found above " + System.getProperty("user.dir"));
    }

    /** ../shared/real (or ./shared/real) above the working directory, or null when absent. */
    static Path sharedReal() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path s : List.of(p.resolve("shared/real"), p.resolveSibling("shared/real")))
                if (Files.isDirectory(s)) return s;
        }
        return null;
    }

    static List<String> seedLines() {
        try {
            return Files.readAllLines(projectRoot().resolve(SEED), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RuleInfo> rules() {
        return List.of(
                rule("SUM-002", "SUM", Severity.ERROR, "A 功能分类 类 total must equal the sum of the 款/项 items listed under it"),
                rule("XSEC-001", "XSEC", Severity.ERROR, "The same concept (same scope and period) must carry the same value wherever it is stated; a one-digit gap is a warning"),
                rule("SHARE-001", "SHARE", Severity.ERROR, "A stated share (占X%) must equal part / base, the base being the stated one or the enclosing total"),
                rule("SHARE-002", "SHARE", Severity.WARNING, "The shares of all parts of one complete breakdown must add up to 100%"),
                rule("YOY-002", "YOY", Severity.ERROR, "A stated change percentage (增长/下降B%) must equal the change / prior"),
                rule("RATE-002", "RATE", Severity.ERROR, "No completion rate can be stated for a budget of zero (warning when both amounts are zero)"),
                rule("UNIT-001", "UNIT", Severity.ERROR, "An amount that closes a broken sum only when read as 元 instead of 万元, or the reverse"));
    }

    private static RuleInfo rule(String id, String family, Severity s, String description) {
        return new RuleInfo(id, family, s, description, family.toLowerCase() + ".drl");
    }

    static RunInfo run(boolean includePassed, String lang) { return new RunInfo("0.1.0-test", rules(), includePassed, lang); }

    /** The seed report's result, an error row and the hostile PDF result, in that order. */
    static List<FileResult> results() { return List.of(seedResult(), unreadable(), hostilePdf()); }

    static FileResult seedResult() {
        Seed s = new Seed(seedLines());
        List<Check> checks = new ArrayList<>();
        // E1: the 类 total on line 62 against its 项 items on lines 65–71
        Quantity total = s.amount(62, "2842.81", "一般公共服务（类）支出", S_STRUCTURE);
        List<Quantity> items = List.of(s.amount(65, "2146.85", "行政运行", S_DETAIL), s.amount(66, "253.52", "一般行政管理事务", S_DETAIL),
                s.amount(67, "152.32", "一般行政管理事务", S_DETAIL), s.amount(68, "2.89", "行政运行", S_DETAIL),
                s.amount(69, "7.5", "一般行政管理事务", S_DETAIL), s.amount(70, "0.6", "其他组织事务支出", S_DETAIL),
                s.amount(71, "14.8", "其他一般公共服务支出", S_DETAIL));
        List<Quantity> e1 = new ArrayList<>();
        e1.add(total);
        e1.addAll(items);
        checks.add(new Check("SUM-002", "SUM", Severity.ERROR, false, "2146.85 + 253.52 + 152.32 + 2.89 + 7.5 + 0.6 + 14.8 = 2842.81",
                "一般公共服务（类）支出 2842.81万元与其项级明细合计 2578.48万元不符，差 264.33万元", e1,
                new BigDecimal("2578.48"), new BigDecimal("264.33"), "c1").withDiagnosis(Diagnosis.unknown()));
        // E2: 财政拨款支出 3253.16 on line 62 against 3209.16 on line 60
        checks.add(new Check("XSEC-001", "XSEC", Severity.ERROR, false, "3253.16 = 3209.16",
                "财政拨款支出在第62行为 3253.16万元，在第60行为 3209.16万元，前后不一致（差 44.00）",
                List.of(s.amount(62, "3253.16", "财政拨款支出", S_STRUCTURE),
                        s.amount(60, "3209.16", "一般公共预算财政拨款支出总计", "五、一般公共预算财政拨款收入支出决算情况说明 / （一）总体情况")),
                new BigDecimal("3209.16"), new BigDecimal("44.00"), null)
                .withDiagnosis(new Diagnosis(Diagnosis.Kind.MISSING_ITEM, "两处相差 44万元，恰为其他收入 44万元（第53行）：一处疑包含该项而另一处未含",
                        null, "44万元", List.of(s.amount(53, "44", "其他收入", "二、收入决算情况说明")), 0.6)));
        // E4: 128 / 677.67 stated as 100%
        checks.add(new Check("SHARE-001", "SHARE", Severity.ERROR, false, "128 ÷ 677.67 = 100%",
                "占一般公共预算项目支出总额的 100%，按 128万元 ÷ 677.67万元 应为 18.89%",
                List.of(s.percent(97, "100", "占一般公共预算项目支出总额", "九、预算绩效情况说明"),
                        s.amount(97, "128", "共涉及资金", "九、预算绩效情况说明"),
                        s.amount(55, "677.67", "项目支出", "三、支出决算情况说明")),
                new BigDecimal("18.89"), new BigDecimal("81.11"), "c7"));
        // the six 类 shares on line 62 add up to 99.99%: a warning-level observation
        checks.add(new Check("SHARE-002", "SHARE", Severity.WARNING, false, "87.39 + 0.85 + 4.27 + 3.17 + 4.13 + 0.18 = 100",
                "各项占比合计 99.99%，不等于 100%（四舍五入所致可能）",
                List.of(s.percent(62, "87.39", "一般公共服务（类）支出", S_STRUCTURE), s.percent(62, "0.85", "教育（类）支出", S_STRUCTURE),
                        s.percent(62, "4.27", "社会保障和就业（类）支出", S_STRUCTURE)),
                new BigDecimal("100"), new BigDecimal("-0.01"), "c2"));
        checks.add(new Check("RATE-002", "RATE", Severity.INFO, false, "2988.83 ÷ 2304.96 = 129.67%",
                "完成年初预算的 129.67%，超出预算较多", List.of(s.percent(64, "129.67", "完成年初预算", S_DETAIL)),
                null, null, "c9"));
        // passed: the YOY on line 51 that a two-decimal comparison would wrongly flag
        checks.add(new Check("YOY-002", "YOY", Severity.ERROR, true, "56.98 ÷ (3253.16 − 56.98) = 1.8%",
                "支出总计增长 1.8% 与增加额相符",
                List.of(s.amount(51, "3253.16", "支出总计", "一、收入支出决算总体情况说明"), s.amount(51, "56.98", "比上年同期增加", "一、收入支出决算总体情况说明"),
                        s.percent(51, "1.8", "增长", "一、收入支出决算总体情况说明")),
                new BigDecimal("1.78"), new BigDecimal("0.02"), "c3"));
        checks.add(new Check("SHARE-001", "SHARE", Severity.ERROR, true, "2988.83 ÷ 3032.83 = 98.55%",
                "财政拨款收入占比 98.55% 与金额相符",
                List.of(s.percent(53, "98.55", "财政拨款收入", "二、收入决算情况说明"), s.amount(53, "2988.83", "财政拨款收入", "二、收入决算情况说明"),
                        s.amount(53, "3032.83", "收入合计", "二、收入决算情况说明")),
                new BigDecimal("98.549"), new BigDecimal("0.001"), "c4"));
        return new FileResult(SEED, "ok", null, ReportKind.FINAL_ACCOUNTS, "益阳市人民政府办公室(本级)", 2019, 0, checks);
    }

    static FileResult unreadable() {
        return FileResult.error("corpus/seeds/损坏的文件.docx", "cannot read file: zip END header not found");
    }

    /** A PDF-positioned result with texts that must be escaped or defused everywhere. */
    static FileResult hostilePdf() {
        String path = "reports/预算 & <公开>, \"2025\".pdf";
        Location l1 = new Location(path, 3, 12, 24, 8, HOSTILE_SNIPPET, "一、<b>概况</b> & 说明", new Location.Box(100, 200, 40, 12));
        Location l2 = new Location(path, 4, 2, 0, 6, "-12.30 为差额", "二、\"收支\"", new Location.Box(72, 90, 30, 12));
        Quantity a = new Quantity("q1", Printed.of("1234.50"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "合计", null, l1, false);
        Quantity b = new Quantity("q2", Printed.of("-12.30"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "差额", null, l2, false);
        Check c = new Check("UNIT-001", "UNIT", Severity.ERROR, false, "1234.50 ≠ -12.30", HOSTILE_MESSAGE, List.of(a, b),
                new BigDecimal("1222.200"), new BigDecimal("-1.0E+1"), "c1")
                .withDiagnosis(new Diagnosis(Diagnosis.Kind.UNIT_SLIP, HOSTILE_MESSAGE, a, "=1234.50<元>", List.of(a), 1));
        return new FileResult(path, "ok", null, ReportKind.BUDGET, "区商务委员会", 2025, 26, List.of(c));
    }

    /** Quantities located on the seed's real lines. */
    private record Seed(List<String> lines) {
        Quantity amount(int line, String number, String label, String section) {
            return q(line, number, QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", label, section);
        }

        Quantity percent(int line, String number, String label, String section) {
            return q(line, number, QuantityKind.PERCENT, null, "%", label, section);
        }

        private Quantity q(int line, String number, QuantityKind kind, MoneyUnit unit, String unitText, String label, String section) {
            String text = lines.get(line - 1);
            Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(text);
            if (!m.find()) throw new IllegalStateException(number + " not on line " + line + ": " + text);
            Location loc = new Location(SEED, 0, line, m.start(), number.length(), text, section, null);
            return new Quantity("q" + line + "_" + m.start(), Printed.of(number), kind, unit, unitText, label, null, loc, false);
        }
    }
}
