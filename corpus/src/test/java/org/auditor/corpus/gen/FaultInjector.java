package org.auditor.corpus.gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.auditor.corpus.gen.Draft.Para;
import org.auditor.corpus.gen.Draft.Row;
import org.auditor.corpus.gen.Draft.Seg;
import org.auditor.corpus.gen.Draft.Slot;
import org.auditor.corpus.gen.Draft.Table;
import org.auditor.corpus.gen.DraftWriter.Breakdown;

/**
 * Injects the typical faults of real reports into a consistent draft: transposed digits, a dropped or
 * repeated row, a wrong total, a unit slip (元 for 万元), a wrong percentage, a table that disagrees with the
 * text. At most one fault per relation group, so every finding can be traced to the fault that caused it.
 */
final class FaultInjector {
    enum Kind { TRANSPOSED_DIGITS, DROPPED_ROW, DUPLICATED_ROW, WRONG_TOTAL, UNIT_SLIP, WRONG_PERCENT, TEXT_VS_TABLE }

    /** The relation groups of a report a fault is injected into (one fault each at most). */
    enum Group {
        INCOME(true), EXPENSE(true), FUNCTIONS(true), SAN_GONG(true), BASIC(true), BUDGET_RATE(true), GRAND_TOTAL_CHANGE(true),
        TABLE_03(false), TABLE_05(false), TABLE_07(false);

        final boolean narrative;

        Group(boolean narrative) { this.narrative = narrative; }
    }

    /** A fault as injected; its pages are known once the draft is rendered. */
    record Injected(String id, Kind kind, boolean narrative, String relation, List<String> families, List<String> key,
                    List<String> explains, List<Slot> at) {
        Manifest.Fault toFault() {
            TreeSet<Integer> pages = new TreeSet<>();
            at.forEach(s -> pages.addAll(s.pages));
            return new Manifest.Fault(id, kind.name(), narrative ? "narrative" : "table", relation, families, key, explains, List.copyOf(pages));
        }
    }

    // TAB: row, column and hierarchy sums of a table (branch tables); SUM and XSEC: cross-table and table-vs-text equalities
    private static final List<String> TABLE_FAMILIES = List.of("TAB", "SUM", "XSEC");

    private final Random r;
    private final DraftWriter w;
    private final List<Injected> out = new ArrayList<>();

    FaultInjector(Random r, DraftWriter w) {
        this.r = r;
        this.w = w;
    }

    List<Injected> inject(int count) {
        List<Group> groups = new ArrayList<>(List.of(Group.values()));
        Collections.shuffle(groups, r);
        for (Group g : groups) {
            if (out.size() == count) break;
            // the table 07 fault compares with the narrative's 三公 figures: not both in one document
            if (g == Group.TABLE_07 && used(Group.SAN_GONG) || g == Group.SAN_GONG && used(Group.TABLE_07)) continue;
            inject(g);
        }
        // table 06 is drawn after the others, so adding it left every earlier draw (and fault) as it was
        if (r.nextInt(3) == 0) table06();
        return out;
    }

    private final List<Group> done = new ArrayList<>();

    private boolean used(Group g) { return done.contains(g); }

    private void inject(Group g) {
        int before = out.size();
        switch (g) {
            case INCOME -> breakdown(w.targets.income, pick(Kind.TRANSPOSED_DIGITS, Kind.WRONG_TOTAL, Kind.DROPPED_ROW, Kind.DUPLICATED_ROW,
                    Kind.UNIT_SLIP, Kind.WRONG_PERCENT));
            case EXPENSE -> breakdown(w.targets.expense, pick(Kind.TRANSPOSED_DIGITS, Kind.WRONG_TOTAL, Kind.UNIT_SLIP, Kind.WRONG_PERCENT));
            case FUNCTIONS -> functions(pick(Kind.TRANSPOSED_DIGITS, Kind.WRONG_TOTAL, Kind.DROPPED_ROW, Kind.DUPLICATED_ROW, Kind.WRONG_PERCENT));
            case SAN_GONG -> breakdown(w.targets.sanGong, pick(Kind.TRANSPOSED_DIGITS, Kind.WRONG_TOTAL, Kind.DROPPED_ROW, Kind.UNIT_SLIP,
                    Kind.WRONG_PERCENT));
            case BASIC -> breakdown(w.targets.basic, pick(Kind.TRANSPOSED_DIGITS, Kind.UNIT_SLIP));
            case BUDGET_RATE -> percent(w.targets.budgetRate, "RATE", "完成年初预算的%（一般公共预算财政拨款支出决算 / 年初预算）");
            case GRAND_TOTAL_CHANGE -> percent(w.targets.grandTotalPercent, "YOY", "收入总计比上年增长/下降%");
            case TABLE_03 -> table03(pick(Kind.TRANSPOSED_DIGITS, Kind.DUPLICATED_ROW, Kind.WRONG_TOTAL));
            case TABLE_05 -> table05(pick(Kind.DROPPED_ROW, Kind.TRANSPOSED_DIGITS));
            case TABLE_07 -> table07();
        }
        if (out.size() > before) done.add(g);
    }

    private Kind pick(Kind... kinds) { return kinds[r.nextInt(kinds.length)]; }

    private String nextId() { return "F" + (out.size() + 1); }

    private void add(Kind k, boolean narrative, String relation, List<String> families, List<String> key, List<String> explains, Slot... at) {
        out.add(new Injected(nextId(), k, narrative, relation, families, key, explains, List.of(at)));
    }

    // ---- narrative breakdowns ---------------------------------------------------------------------

    private void breakdown(Breakdown b, Kind k) {
        int n = b.parts().size();
        int part = 1 + r.nextInt(n - 1);   // never the first part: its segment opens the list after "其中："
        Slot amount = b.amounts().get(part);
        String total = b.total().text;
        String rel = b.name() + "合计 " + total + " = Σ 明细";
        switch (k) {
            case TRANSPOSED_DIGITS -> {
                String was = amount.text;
                if (!transpose(amount)) { breakdown(b, Kind.WRONG_TOTAL); return; }
                add(k, true, rel + "：明细 " + was + " 印作 " + amount.text, List.of("SUM"), List.of(total, amount.text), List.of(amount.text), amount);
            }
            case WRONG_TOTAL -> {
                String was = total;
                wrongTotal(b.total());
                add(k, true, b.name() + "合计 " + was + " 印作 " + b.total().text, List.of("SUM"), List.of(b.total().text), List.of(b.total().text),
                        b.total());
            }
            case DROPPED_ROW -> {
                b.sentence().pieces.remove(b.parts().get(part));
                add(k, true, rel + "：明细 " + amount.text + " 漏列", List.of("SUM"), List.of(total), List.of(total), b.total());
            }
            case DUPLICATED_ROW -> {
                Seg copy = copy(b.parts().get(part));
                b.sentence().pieces.add(b.sentence().pieces.indexOf(b.parts().get(part)) + 1, copy);
                add(k, true, rel + "：明细 " + amount.text + " 重复列示", List.of("SUM"), List.of(total, amount.text), List.of(total, amount.text),
                        b.total());
            }
            case UNIT_SLIP -> {
                List<Object> pieces = b.parts().get(part).pieces;
                pieces.set(pieces.indexOf(amount) + 1, "元");
                add(k, true, rel + "：明细 " + amount.text + "万元 印作 " + amount.text + "元", List.of("UNIT"), List.of(amount.text),
                        List.of(amount.text), amount);
            }
            case WRONG_PERCENT -> {
                Slot pct = b.shares().get(part);
                String was = pct.text;
                pct.text = wrongPercent(was);
                add(k, true, b.name() + "：" + amount.text + " / " + total + " = " + was + "%，印作 " + pct.text + "%", List.of("SHARE"),
                        List.of(amount.text, pct.text), List.of(pct.text), pct);
            }
            default -> throw new IllegalArgumentException(k.name());
        }
    }

    /** 功能分类 类 structure (五（二）) and the 项 lines under it (五（三）). */
    private void functions(Kind k) {
        DraftWriter.Targets t = w.targets;
        if (k == Kind.DROPPED_ROW || k == Kind.DUPLICATED_ROW) {
            List<String> classes = new ArrayList<>(t.itemLines.keySet());
            if (k == Kind.DROPPED_ROW) classes.removeIf(c -> t.itemLines.get(c).size() < 2);
            if (classes.isEmpty() || r.nextBoolean()) {
                breakdown(t.functions, k);
                return;
            }
            String lei = classes.get(r.nextInt(classes.size()));
            List<Para> lines = t.itemLines.get(lei);
            Para line = lines.get(r.nextInt(lines.size()));
            Slot classValue = t.leiValues.get(lei);
            Slot actual = (Slot) line.body().pieces.get(3);
            int at = w.draft.blocks.indexOf(line);
            if (k == Kind.DROPPED_ROW) {
                w.draft.blocks.remove(at);
                add(k, true, lei + " 类 " + classValue.text + " = Σ 项：项 " + actual.text + " 漏列", List.of("SUM"), List.of(classValue.text),
                        List.of(classValue.text), classValue);
            } else {
                w.draft.blocks.add(at + 1, new Para(line.style(), copy(line.body())));
                add(k, true, lei + " 类 " + classValue.text + " = Σ 项：项 " + actual.text + " 重复列示", List.of("SUM"),
                        List.of(classValue.text, actual.text), List.of(classValue.text, actual.text), classValue, actual);
            }
            return;
        }
        breakdown(t.functions, k);
    }

    private void percent(Slot pct, String family, String what) {
        String was = pct.text;
        pct.text = wrongPercent(was);
        add(Kind.WRONG_PERCENT, true, what + "：" + was + "% 印作 " + pct.text + "%", List.of(family), List.of(pct.text), List.of(pct.text), pct);
    }

    // ---- tables -----------------------------------------------------------------------------------

    private static boolean isItem(Row row) { return row.cells().get(0).toString().length() == 7; }

    private static boolean isKuan(Row row) { return row.cells().get(0).toString().length() == 5; }

    private List<Integer> itemRows(Table t) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) if (isItem(t.rows().get(i))) rows.add(i);
        return rows;
    }

    /** The 款 row above row {@code i}. */
    private static Row kuanOf(Table t, int i) {
        while (!isKuan(t.rows().get(i))) i--;
        return t.rows().get(i);
    }

    private static List<String> amounts(Row row) {
        return row.cells().stream().filter(c -> c instanceof Slot).map(Object::toString).toList();
    }

    private void table03(Kind k) {
        Table t = w.targets.t03;
        List<Integer> items = itemRows(t);
        int i = items.get(r.nextInt(items.size()));
        Row row = t.rows().get(i);
        String label = "03表 " + row.cells().get(0) + " " + row.cells().get(1);
        switch (k) {
            case TRANSPOSED_DIGITS -> {
                Slot basic = (Slot) row.cells().get(3);
                String was = basic.text;
                if (!transpose(basic)) { table03(Kind.WRONG_TOTAL); return; }
                add(k, false, label + " 基本支出 " + was + " 印作 " + basic.text + "（本年支出合计 = 基本支出 + 项目支出；款 = Σ 项）", TABLE_FAMILIES,
                        List.of(basic.text), List.of(basic.text), basic);
            }
            case DUPLICATED_ROW -> {
                Row kuan = kuanOf(t, i);
                Row copy = row.copy();
                t.rows().add(i + 1, copy);
                List<String> explains = new ArrayList<>(amounts(kuan));
                explains.addAll(amounts(row));
                add(k, false, label + " 重复列示（款 " + kuan.cells().get(0) + " = Σ 项）", TABLE_FAMILIES,
                        List.of(kuan.cells().get(2).toString(), row.cells().get(2).toString()), explains, (Slot) kuan.cells().get(2),
                        (Slot) copy.cells().get(2));
            }
            case WRONG_TOTAL -> {
                Slot total = (Slot) t.rows().get(0).cells().get(2);
                String was = total.text;
                wrongTotal(total);
                add(k, false, "03表 合计 本年支出合计 " + was + " 印作 " + total.text + "（合计 = Σ 类；= 01表 本年支出合计）", TABLE_FAMILIES,
                        List.of(total.text), List.of(total.text), total);
            }
            default -> throw new IllegalArgumentException(k.name());
        }
    }

    private void table05(Kind k) {
        Table t = w.targets.t05;
        List<Integer> items = itemRows(t);
        if (k == Kind.DROPPED_ROW) {
            // a 项 of a 款 with at least two 项, so that the 款 row no longer adds up
            List<Integer> droppable = items.stream().filter(i -> items.contains(i + 1) || items.contains(i - 1)).toList();
            if (droppable.isEmpty()) { table05(Kind.TRANSPOSED_DIGITS); return; }
            int i = droppable.get(r.nextInt(droppable.size()));
            Row row = t.rows().get(i);
            Row kuan = kuanOf(t, i);
            t.rows().remove(i);
            add(k, false, "05表 " + row.cells().get(0) + " " + row.cells().get(1) + " " + row.cells().get(2) + " 漏列（款 " + kuan.cells().get(0)
                    + " = Σ 项）", TABLE_FAMILIES, List.of(kuan.cells().get(2).toString()), amounts(kuan), (Slot) kuan.cells().get(2));
            return;
        }
        int i = items.get(r.nextInt(items.size()));
        Row row = t.rows().get(i);
        Slot total = (Slot) row.cells().get(2);
        String was = total.text;
        if (!transpose(total)) return;
        add(k, false, "05表 " + row.cells().get(0) + " " + row.cells().get(1) + " 合计 " + was + " 印作 " + total.text + "（合计 = 基本支出 + 项目支出）",
                TABLE_FAMILIES, List.of(total.text), List.of(total.text), total);
    }

    /**
     * A 款 amount of table 06 (基本支出, 经济分类) with two digits of its integer part swapped, so that its side's
     * 经费合计 no longer adds up by far more than rounding. Not a 三公 item (07 restates those).
     */
    private void table06() {
        Table t = w.targets.t06;
        List<Slot> amounts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Slot personnel = null, publicFunds = null;
        for (Row row : t.rows()) {
            for (int side = 0; side <= 3; side += 3) {
                Object code = row.cells().get(side), amount = row.cells().get(side + 2);
                if (!(amount instanceof Slot slot)) continue;
                if (row.cells().get(side + 1).equals("人员经费合计")) personnel = slot;
                else if (row.cells().get(side + 1).equals("公用经费合计")) publicFunds = slot;
                else if (code.toString().length() == 5 && !List.of("30212", "30217", "30231", "31013").contains(code.toString())
                        && integerSwap(slot.text) >= 0) {
                    amounts.add(slot);
                    labels.add(code + " " + row.cells().get(side + 1));
                }
            }
        }
        if (amounts.isEmpty()) return;
        int i = r.nextInt(amounts.size());
        Slot s = amounts.get(i);
        Slot total = labels.get(i).startsWith("30") && !labels.get(i).startsWith("302") ? personnel : publicFunds;
        String was = s.text;
        int at = integerSwap(was);
        char[] c = was.toCharArray();
        char x = c[at];
        c[at] = c[at + 1];
        c[at + 1] = x;
        s.text = new String(c);
        add(Kind.TRANSPOSED_DIGITS, false, "06表 " + labels.get(i) + " 决算数 " + was + " 印作 " + s.text + "（经费合计 " + total.text + " = Σ 款）",
                TABLE_FAMILIES, List.of(s.text), List.of(s.text), s);
    }

    /** The first position of two adjacent, different digits in the integer part (no leading zero made), or −1. */
    private static int integerSwap(String text) {
        int dot = text.indexOf('.');
        for (int i = 0; i + 1 < (dot < 0 ? text.length() : dot); i++)
            if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1)) && text.charAt(i) != text.charAt(i + 1)
                    && !(i == 0 && text.charAt(1) == '0')) return i;
        return -1;
    }

    /** Table 07 says another 因公出国（境）费 than the narrative; its 合计 follows, so the table itself adds up. */
    private void table07() {
        DraftWriter.Targets t = w.targets;
        BigDecimal abroad = new BigDecimal(t.t07Abroad.text);
        BigDecimal delta = abroad.multiply(BigDecimal.valueOf(0.05 + 0.3 * r.nextDouble())).setScale(2, java.math.RoundingMode.HALF_UP)
                .max(new BigDecimal("0.50"));
        t.t07Abroad.text = abroad.add(delta).toPlainString();
        t.t07Total.text = new BigDecimal(t.t07Total.text).add(delta).toPlainString();
        add(Kind.TEXT_VS_TABLE, false, "07表 因公出国（境）费决算数 " + t.t07Abroad.text + " ≠ 情况说明 " + t.narrativeAbroad.text + "（合计 随之改为 "
                + t.t07Total.text + "）", List.of("XSEC", "TAB"), List.of(t.narrativeAbroad.text, t.t07Abroad.text),
                List.of(t.t07Abroad.text, t.t07Total.text), t.t07Abroad, t.narrativeAbroad);
    }

    // ---- value mutations --------------------------------------------------------------------------

    /** Swaps two adjacent, different digits (never making a leading zero). */
    private boolean transpose(Slot s) {
        char[] c = s.text.toCharArray();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i + 1 < c.length; i++) {
            if (Character.isDigit(c[i]) && Character.isDigit(c[i + 1]) && c[i] != c[i + 1] && !(i == 0 && c[i + 1] == '0')) at.add(i);
        }
        if (at.isEmpty()) return false;
        int i = at.get(r.nextInt(at.size()));
        char x = c[i];
        c[i] = c[i + 1];
        c[i + 1] = x;
        s.text = new String(c);
        return true;
    }

    /** A total off by a round amount (a line missed in the adding up) or by a few per cent. */
    private void wrongTotal(Slot s) {
        BigDecimal v = new BigDecimal(s.text);
        BigDecimal[] round = {new BigDecimal("10.00"), new BigDecimal("100.00"), new BigDecimal("1.00")};
        BigDecimal delta = r.nextBoolean() ? round[r.nextInt(round.length)]
                : v.multiply(BigDecimal.valueOf(0.01 + 0.04 * r.nextDouble())).setScale(2, java.math.RoundingMode.HALF_UP).max(new BigDecimal("1.00"));
        BigDecimal wrong = r.nextBoolean() || v.compareTo(delta.multiply(BigDecimal.TEN)) < 0 ? v.add(delta) : v.subtract(delta);
        s.text = wrong.setScale(2).toPlainString();
    }

    /** A percentage off by 0.5 to 6 points, as when the share is taken of the wrong base or mistyped. */
    private String wrongPercent(String was) {
        BigDecimal v = new BigDecimal(was);
        BigDecimal delta = BigDecimal.valueOf(50 + r.nextInt(550), 2);
        BigDecimal wrong = v.compareTo(delta) > 0 && r.nextBoolean() ? v.subtract(delta) : v.add(delta);
        return wrong.setScale(2).toPlainString();
    }

    private static Seg copy(Seg s) {
        Seg c = new Seg();
        for (Object p : s.pieces) c.pieces.add(p instanceof Seg inner ? copy(inner) : p instanceof Slot slot ? new Slot(slot.text) : p);
        return c;
    }
}
