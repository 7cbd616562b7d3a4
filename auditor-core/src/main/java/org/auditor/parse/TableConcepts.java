package org.auditor.parse;

import java.util.regex.Pattern;

import org.auditor.model.Concept;
import org.auditor.model.Period;
import org.auditor.model.Scope;
import org.auditor.model.Table;
import org.auditor.model.TableKind;

/**
 * What a table cell means, in the concept dictionary the narrative uses too: the 合计 row's cells and a
 * two-sided table's totals (本年收入合计 → income.total …), and the 类 rows of expenditure tables
 * (func:201 …), with the scope of funds the table or its column covers. Equal concepts must carry equal
 * values (XSEC), which is how 01↔03, 04↔05 and every narrative restatement of a table are checked.
 */
final class TableConcepts {
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");
    private final Vocabulary vocabulary;

    TableConcepts(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    Concept of(TableKind kind, Table.Row row, Table.Column column) {
        Scope scope = scopeOf(kind, column.header());
        if (scope == null) return null;
        boolean expenseTable = kind != TableKind.FA02_INCOME;
        if (row.level() == 1 && row.code() != null && row.code().length() == 3 && "total".equals(column.measure()) && expenseTable
                && kind != TableKind.FA06_BASIC_EXPENSE)
            return classConcept(row.code(), scope);
        if (row.code() != null) return null;
        String label = ORDINAL.matcher(row.label()).replaceAll("");
        // the 基本支出 table's closing line: 人员经费合计 | 公用经费合计
        if (kind == TableKind.FA06_BASIC_EXPENSE && (label.equals("人员经费合计") || label.equals("公用经费合计")))
            return new Concept(label.startsWith("人员") ? "personnel" : "public", scope, Period.CURRENT);
        if (row.isTotal()) {
            // the 三公 table's 合计 is the 三公 total and the 基本支出 table's 合计 rows close column groups printed
            // side by side: neither is the expenditure total, and their columns are too irregular to name safely
            if (kind == TableKind.FA06_BASIC_EXPENSE || kind == TableKind.FA07_THREE_PUBLIC) return null;
            // one side's 总计 stands for both (the two sides are checked against each other by TAB-001)
            if (label.startsWith("总计")) return twoSided(kind) && column.index() == 0 ? new Concept("grand_total", scope, Period.CURRENT) : null;
            // 政府性基金 / 国有资本经营 tables: 年初结转和结余, 本年收入, 年末结转和结余 name themselves; only the
            // 合计 under 本年支出 is the expenditure total, a bare 合计 is left unnamed
            if (kind == TableKind.FA08_GOV_FUND || kind == TableKind.FA09_STATE_CAPITAL) {
                if ("basic".equals(column.measure())) return new Concept("expense.basic", scope, Period.CURRENT);
                if ("project".equals(column.measure())) return new Concept("expense.project", scope, Period.CURRENT);
                Concept c = named(column.header(), scope);
                if (c != null) return c;
                return column.header().contains("支出") && "total".equals(column.measure()) ? new Concept("expense.total", scope, Period.CURRENT) : null;
            }
            if (column.measure() == null || "total".equals(column.measure()))
                return new Concept(kind == TableKind.FA02_INCOME ? "income.total" : "expense.total", scope, Period.CURRENT);
            return named(column.header(), scope);
        }
        if (!twoSided(kind)) return null;
        String code = vocabulary.classCode(label);
        if (code != null) return classConcept(code, scope);
        return named(label, scope);
    }

    /**
     * A 类 row. In the all-funds tables (01, 03) it is compared only with the other tables: the narrative
     * states 类 amounts under the 一般公共预算 heading without repeating the scope, and the narrative parser
     * reads those as all funds, which would pit a 一般公共预算 figure against an all-funds one.
     */
    private static Concept classConcept(String code, Scope scope) {
        return new Concept((scope == Scope.ALL_FUNDS ? "table.func:" : "func:") + code, scope, Period.CURRENT);
    }

    private Concept named(String label, Scope scope) {
        Scope s = scope;
        String rest = label.replace(" ", "");
        for (var p : vocabulary.scopes()) if (rest.startsWith(p.prefix())) { s = p.scope(); rest = rest.substring(p.prefix().length()); break; }
        // the 财政拨款 table's own 年初/年末 rows are named 年初财政拨款结转和结余
        rest = rest.replace("财政拨款", "");
        Vocabulary.ConceptLabel c = vocabulary.concept(rest);
        if (c == null || c.count()) return null;
        return new Concept(c.concept(), c.scope() != null ? c.scope() : s, Period.CURRENT);
    }

    private static boolean twoSided(TableKind kind) {
        return kind == TableKind.FA01_INCOME_EXPENSE_TOTAL || kind == TableKind.FA04_FISCAL_TOTAL;
    }

    /** The funds a column covers: a scope named in its header, else the table's; null for unknown tables. */
    private Scope scopeOf(TableKind kind, String header) {
        String h = header.replace(" ", "");
        for (var p : vocabulary.scopes()) if (h.contains(p.prefix())) return p.scope();
        return switch (kind) {
            case FA01_INCOME_EXPENSE_TOTAL, FA02_INCOME, FA03_EXPENSE -> Scope.ALL_FUNDS;
            case FA04_FISCAL_TOTAL -> Scope.FISCAL;
            case FA05_GENERAL_BUDGET_EXPENSE, FA06_BASIC_EXPENSE, FA07_THREE_PUBLIC -> Scope.GENERAL_BUDGET;
            case FA08_GOV_FUND -> Scope.GOV_FUND;
            case FA09_STATE_CAPITAL -> Scope.STATE_CAPITAL;
            default -> null;
        };
    }
}
