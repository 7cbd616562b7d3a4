package org.auditor.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.auditor.corpus.gen.Draft.Row;
import org.auditor.corpus.gen.Draft.Table;
import org.junit.jupiter.api.Test;

/**
 * The generator's fault-free tables satisfy every relation of the domain notes (final-accounts.md §1), checked
 * here on the printed cell texts, independently of the generator's arithmetic: row totals, 类 = Σ 款 = Σ 项,
 * 合计 = Σ 类, and the cross-table relations 01↔02↔03, 04↔05, 05↔06, 07 ≤ 06. Any ERROR the table rules raise on
 * a fault-free generated relation is then the auditor's, not the generator's.
 */
class GeneratedTablesTest {
    static BigDecimal v(Object cell) {
        String s = cell.toString();
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    static Table table(Draft d, String code) {
        return d.blocks.stream().filter(b -> b instanceof Table t && t.code().equals(code)).map(b -> (Table) b).findFirst().orElseThrow();
    }

    static BigDecimal sum(List<Row> rows, int col) {
        return rows.stream().map(r -> v(r.cells().get(col))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Row row(Table t, int col, String label) {
        return t.rows().stream().filter(r -> r.cells().get(col).toString().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    /** For a 功能分类 table: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every amount column from {@code first}. */
    static List<String> hierarchyErrors(Table t, int first) {
        List<String> errors = new ArrayList<>();
        List<Row> rows = t.rows();
        int columns = rows.get(0).cells().size();
        for (int c = first; c < columns; c++) {
            List<Row> classes = rows.stream().filter(r -> r.cells().get(0).toString().length() == 3).toList();
            if (v(rows.get(0).cells().get(c)).compareTo(sum(classes, c)) != 0) errors.add(t.code() + " 合计 col " + c);
            for (int i = 1; i < rows.size(); i++) {
                int level = rows.get(i).cells().get(0).toString().length();
                if (level == 7) continue;
                List<Row> children = new ArrayList<>();
                for (int j = i + 1; j < rows.size() && rows.get(j).cells().get(0).toString().length() > level; j++) {
                    if (rows.get(j).cells().get(0).toString().length() == level + 2) children.add(rows.get(j));
                }
                if (v(rows.get(i).cells().get(c)).compareTo(sum(children, c)) != 0) errors.add(t.code() + " " + rows.get(i).cells().get(0) + " col " + c);
            }
        }
        return errors;
    }

    @Test
    void everyTableRelationHoldsInTheFaultFreeDrafts() {
        AccountsGenerator gen = new AccountsGenerator();
        for (int i = 0; i < GeneratedCorpusTest.DOCUMENTS; i++) {
            Draft d = new DraftWriter(gen.generate(new Random(GeneratedCorpusTest.SEED * 1_000_003L + i), i)).write();
            assertThat(tableErrors(d)).as("document %d", i).isEmpty();
        }
    }

    @Test
    void everyInjectedTableFaultBreaksATableRelation() {
        AccountsGenerator gen = new AccountsGenerator();
        int faults = 0;
        for (int i = 0; i < GeneratedCorpusTest.DOCUMENTS; i++) {
            Random r = new Random(GeneratedCorpusTest.SEED * 1_000_003L + i);
            DraftWriter w = new DraftWriter(gen.generate(r, i));
            Draft d = w.write();
            List<FaultInjector.Injected> injected = new FaultInjector(r, w).inject(5);
            // 07 against the narrative keeps the tables consistent among themselves; the others break them
            long inTables = injected.stream().filter(f -> !f.narrative() && f.kind() != FaultInjector.Kind.TEXT_VS_TABLE).count();
            faults += inTables;
            if (inTables > 0) assertThat(tableErrors(d)).as("document %d: %s", i, injected).isNotEmpty();
            else assertThat(tableErrors(d)).as("document %d", i).isEmpty();
        }
        assertThat(faults).isGreaterThan(10);
    }

    /** Every relation of the nine tables that fails, checked on the printed cell texts. */
    static List<String> tableErrors(Draft d) {
        Table t01 = table(d, "公开01表"), t02 = table(d, "公开02表"), t03 = table(d, "公开03表"), t04 = table(d, "公开04表"),
                t05 = table(d, "公开05表"), t06 = table(d, "公开06表"), t07 = table(d, "公开07表");
        List<String> errors = new ArrayList<>();
        errors.addAll(hierarchyErrors(t02, 2));
        errors.addAll(hierarchyErrors(t03, 2));
        errors.addAll(hierarchyErrors(t05, 2));
        // row totals: 02 本年收入合计 = Σ sources; 03 and 05 合计 = 基本 + 项目
        for (Row r : t02.rows()) {
            BigDecimal parts = BigDecimal.ZERO;
            for (int c = 3; c < r.cells().size(); c++) parts = parts.add(v(r.cells().get(c)));
            if (v(r.cells().get(2)).compareTo(parts) != 0) errors.add("02 row " + r.cells().get(0));
        }
        for (Table t : List.of(t03, t05)) {
            for (Row r : t.rows()) {
                if (v(r.cells().get(2)).compareTo(v(r.cells().get(3)).add(v(r.cells().get(4)))) != 0) errors.add(t.code() + " row " + r.cells().get(0));
            }
        }
        // 01: both sides add up and agree; 01 ↔ 02 and 03
        Row income = row(t01, 0, "本年收入合计"), total = row(t01, 0, "总计");
        List<Row> body = t01.rows().subList(0, t01.rows().indexOf(income));
        if (v(income.cells().get(1)).compareTo(sum(body, 1)) != 0) errors.add("01 收入 Σ");
        if (v(income.cells().get(3)).compareTo(sum(body, 3)) != 0) errors.add("01 支出 Σ 类");
        BigDecimal left = v(income.cells().get(1)).add(v(row(t01, 0, "使用非财政拨款结余").cells().get(1))).add(v(row(t01, 0, "年初结转和结余").cells().get(1)));
        BigDecimal right = v(income.cells().get(3)).add(v(row(t01, 2, "结余分配").cells().get(3))).add(v(row(t01, 2, "年末结转和结余").cells().get(3)));
        if (left.compareTo(v(total.cells().get(1))) != 0 || right.compareTo(v(total.cells().get(3))) != 0
                || v(total.cells().get(1)).compareTo(v(total.cells().get(3))) != 0) errors.add("01 总计");
        if (v(income.cells().get(1)).compareTo(v(t02.rows().get(0).cells().get(2))) != 0) errors.add("01 本年收入合计 ≠ 02 合计");
        if (v(body.get(0).cells().get(1)).compareTo(v(t02.rows().get(0).cells().get(3))) != 0) errors.add("01 财政拨款收入 ≠ 02 财政拨款收入");
        if (v(income.cells().get(3)).compareTo(v(t03.rows().get(0).cells().get(2))) != 0) errors.add("01 本年支出合计 ≠ 03 合计");
        for (Row r : t03.rows()) {
            if (r.cells().get(0).toString().length() != 3) continue;
            Row in01 = t01.rows().stream().filter(x -> x.cells().get(2).toString().endsWith("、" + r.cells().get(1))).findFirst().orElseThrow();
            if (v(in01.cells().get(3)).compareTo(v(r.cells().get(2))) != 0) errors.add("01 ≠ 03 类 " + r.cells().get(0));
        }
        // 04: 一般公共预算 column = 05 合计; 04 本年收入 = 01 一般公共预算财政拨款收入; 04 left 总计 = right 总计
        Row fiscal04 = row(t04, 2, "本年支出合计"), total04 = row(t04, 2, "总计");
        if (v(fiscal04.cells().get(4)).compareTo(v(t05.rows().get(0).cells().get(2))) != 0) errors.add("04 一般公共预算 ≠ 05 合计");
        if (v(row(t04, 0, "一、一般公共预算财政拨款").cells().get(1)).compareTo(v(body.get(0).cells().get(1))) != 0) errors.add("04 ≠ 01 财政拨款收入");
        if (v(total04.cells().get(1)).compareTo(v(total04.cells().get(3))) != 0) errors.add("04 总计");
        BigDecimal left04 = v(row(t04, 0, "本年收入合计").cells().get(1)).add(v(row(t04, 0, "年初财政拨款结转和结余").cells().get(1)));
        if (left04.compareTo(v(total04.cells().get(1))) != 0) errors.add("04 收入总计");
        // 05 基本支出 = 06 人员经费 + 公用经费
        Row sums06 = t06.rows().get(t06.rows().size() - 1);
        List<Row> items06 = t06.rows().subList(0, t06.rows().size() - 1);
        if (v(sums06.cells().get(2)).compareTo(sum(items06, 2)) != 0 || v(sums06.cells().get(5)).compareTo(sum(items06, 5)) != 0) errors.add("06 Σ");
        if (v(t05.rows().get(0).cells().get(3)).compareTo(v(sums06.cells().get(2)).add(v(sums06.cells().get(5)))) != 0) errors.add("05 基本 ≠ 06");
        // 07: 合计 = 出国 + 公车 + 接待; 公车 = 购置 + 运行; each ≤ its 06 item
        for (int c = 1; c <= 2; c++) {
            int col = c;
            BigDecimal[] x = t07.rows().stream().map(r -> v(r.cells().get(col))).toArray(BigDecimal[]::new);
            if (x[0].compareTo(x[1].add(x[2]).add(x[5])) != 0 || x[2].compareTo(x[3].add(x[4])) != 0) errors.add("07 col " + c);
        }
        BigDecimal reception06 = items06.stream().filter(r -> r.cells().get(3).toString().equals("30217")).map(r -> v(r.cells().get(5))).findFirst()
                .orElse(BigDecimal.ZERO);
        if (v(t07.rows().get(5).cells().get(2)).compareTo(reception06) > 0) errors.add("07 公务接待费 > 06 30217");
        return errors;
    }
}
