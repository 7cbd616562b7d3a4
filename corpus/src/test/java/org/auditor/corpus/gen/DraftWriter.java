package org.auditor.corpus.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.auditor.corpus.gen.Accounts.Econ;
import org.auditor.corpus.gen.Accounts.Kuan;
import org.auditor.corpus.gen.Accounts.Lei;
import org.auditor.corpus.gen.Accounts.Xiang;
import org.auditor.corpus.gen.Draft.Para;
import org.auditor.corpus.gen.Draft.Row;
import org.auditor.corpus.gen.Draft.Seg;
import org.auditor.corpus.gen.Draft.Slot;
import org.auditor.corpus.gen.Draft.Style;
import org.auditor.corpus.gen.Draft.Table;

/**
 * Writes a consistent 部门决算 from {@link Accounts}: 第一部分 概况, 第二部分 the nine 公开 tables, 第三部分 the
 * 情况说明 in the template's sentences (final-accounts.md §2, phrased as in the seed reports). Keeps handles
 * on the numbers and rows that faults are injected into.
 */
final class DraftWriter {
    /** A breakdown sentence: total, then parts (each its own segment, with amount and, if printed, share). */
    record Breakdown(String name, Slot total, Seg sentence, List<Seg> parts, List<Slot> amounts, List<Slot> shares) {}

    /** Everything a fault can be injected into. */
    static final class Targets {
        Breakdown income, expense, functions, sanGong, basic;
        final Map<String, Slot> leiValues = new LinkedHashMap<>();
        final Map<String, List<Para>> itemLines = new LinkedHashMap<>();
        Slot budgetRate, grandTotalPercent;
        Table t03, t05, t06, t07;
        /** Table 07 决算数 cells: 合计 and 因公出国（境）费; the narrative's 因公出国（境）费. */
        Slot t07Total, t07Abroad, narrativeAbroad;
    }

    final Draft draft = new Draft();
    final Targets targets = new Targets();
    private final Accounts a;

    DraftWriter(Accounts a) { this.a = a; }

    static Slot slot(long cents) { return new Slot(Money.text(cents)); }

    static Seg seg(Object... pieces) { return new Seg().add(pieces); }

    private void para(Style style, Object... pieces) { draft.blocks.add(new Para(style, seg(pieces))); }

    Draft write() {
        String y = a.year() + "年度";
        para(Style.TITLE, a.entity() + a.year() + "年度部门决算");
        para(Style.PART, "第一部分 " + a.entity() + "概况");
        para(Style.HEADING, "一、部门职责");
        para(Style.BODY, "贯彻执行国家和省、市有关方针政策和法律法规，拟订本区相关领域的发展规划和政策措施并组织实施；承担本部门职责范围内的行政管理和公共服务工作，以及上级交办的其他任务。");
        para(Style.HEADING, "二、机构设置");
        para(Style.BODY, "本部门内设办公室、财务科、综合业务科等职能科室，下属单位均纳入本部门决算编制范围。");
        para(Style.PART, "第二部分 " + a.entity() + y + "部门决算表");
        tables();
        para(Style.PART, "第三部分 " + a.entity() + y + "部门决算情况说明");
        narrative(y);
        return draft;
    }

    // ---- 第三部分 情况说明 ----------------------------------------------------------------------------

    private void narrative(String y) {
        para(Style.HEADING, "一、收入支出决算总体情况说明");
        Slot pct = new Slot(Money.percent(Math.abs(a.grandTotal() - a.priors().grandTotal()), a.priors().grandTotal()));
        targets.grandTotalPercent = pct;
        draft.blocks.add(new Para(Style.BODY, seg(a.entity(), y, "收入总计", slot(a.grandTotal()), "万元，",
                change(a.grandTotal(), a.priors().grandTotal(), pct), "；支出总计", slot(a.grandTotal()), "万元，",
                change(a.grandTotal(), a.priors().grandTotal(), null), "。主要原因是人员变动及项目支出调整。")));

        para(Style.HEADING, "二、收入决算情况说明");
        List<Object[]> incomeParts = new ArrayList<>();
        incomeParts.add(new Object[] {"财政拨款收入", a.fiscalIncome()});
        if (a.business() > 0) incomeParts.add(new Object[] {"事业收入", a.business()});
        incomeParts.add(new Object[] {"其他收入", a.other()});
        targets.income = breakdown("收入", y + "收入合计", a.incomeTotal(), incomeParts, true, "。");

        para(Style.HEADING, "三、支出决算情况说明");
        targets.expense = breakdown("支出", y + "支出合计", a.expenseTotal(),
                List.of(new Object[] {"基本支出", a.basic()}, new Object[] {"项目支出", a.project()}), true, "。");

        para(Style.HEADING, "四、财政拨款收入支出决算总体情况说明");
        draft.blocks.add(new Para(Style.BODY, seg(y, "财政拨款收入总计", slot(a.fiscalGrandTotal()), "万元，",
                change(a.fiscalGrandTotal(), a.priors().fiscalGrandTotal(), null), "；财政拨款支出总计", slot(a.fiscalGrandTotal()), "万元，",
                change(a.fiscalGrandTotal(), a.priors().fiscalGrandTotal(), null), "。")));

        para(Style.HEADING, "五、一般公共预算财政拨款支出决算情况说明");
        para(Style.HEADING, "（一）一般公共预算财政拨款支出决算总体情况。");
        para(Style.BODY, y, "一般公共预算财政拨款支出", Money.text(a.fiscalExpense()), "万元，占本年支出合计的",
                Money.percent(a.fiscalExpense(), a.expenseTotal()), "%。");
        para(Style.HEADING, "（二）一般公共预算财政拨款支出决算结构情况。");
        List<Object[]> classes = new ArrayList<>();
        for (Lei l : a.functions()) classes.add(new Object[] {shortName(l.name()) + "（类）支出", l.total()});
        targets.functions = breakdown("一般公共预算财政拨款支出", y + "一般公共预算财政拨款支出", a.fiscalExpense(), classes, true,
                "。", "，主要用于以下方面：");
        for (int i = 0; i < a.functions().size(); i++) targets.leiValues.put(a.functions().get(i).code(), targets.functions.amounts().get(i));
        para(Style.HEADING, "（三）一般公共预算财政拨款支出决算具体情况。");
        Slot rate = new Slot(Money.percent(a.fiscalExpense(), a.fiscalBudget()));
        targets.budgetRate = rate;
        para(Style.BODY, y, "一般公共预算财政拨款支出年初预算为", Money.text(a.fiscalBudget()), "万元，支出决算为", Money.text(a.fiscalExpense()),
                "万元，完成年初预算的", rate, "%。其中：");
        int n = 1;
        for (Lei l : a.functions()) {
            List<Para> lines = new ArrayList<>();
            for (Kuan k : l.kuan()) {
                for (Xiang x : k.items()) {
                    Para p = new Para(Style.BODY, seg(n++ + ". " + l.name() + "（类）" + k.name() + "（款）" + x.name() + "（项）财政拨款支出年初预算为",
                            slot(x.budget()), "万元，支出决算为", slot(x.total()), "万元，完成年初预算的", Money.percent(x.total(), x.budget()),
                            "%，主要用于" + x.name() + "方面的支出。"));
                    lines.add(p);
                    draft.blocks.add(p);
                }
            }
            targets.itemLines.put(l.code(), lines);
        }

        para(Style.HEADING, "六、一般公共预算财政拨款基本支出决算情况说明");
        String personnelNames = a.personnel().stream().map(Econ::name).collect(Collectors.joining("、"));
        String publicNames = a.publicFunds().stream().map(Econ::name).collect(Collectors.joining("、"));
        targets.basic = breakdown("基本支出", y + "一般公共预算财政拨款基本支出", a.basic(),
                List.of(new Object[] {"人员经费", a.personnelTotal(), "，主要包括：" + personnelNames},
                        new Object[] {"公用经费", a.publicTotal(), "，主要包括：" + publicNames}), false, "。");

        para(Style.HEADING, "七、政府性基金预算财政拨款收入支出决算情况说明");
        para(Style.BODY, "本单位" + y + "无政府性基金预算财政拨款收入、支出及结转结余，故《政府性基金预算财政拨款收入支出决算表》为空表。");
        para(Style.HEADING, "八、国有资本经营预算财政拨款支出决算情况说明");
        para(Style.BODY, "本单位" + y + "无国有资本经营预算财政拨款支出，故《国有资本经营预算财政拨款支出决算表》为空表。");

        para(Style.HEADING, "九、一般公共预算财政拨款“三公”经费支出决算情况说明");
        Accounts.SanGong s = a.sanGong();
        para(Style.BODY, y, "“三公”经费财政拨款支出预算为", Money.text(s.budget()), "万元，支出决算为", Money.text(s.total()),
                "万元，完成预算的", Money.percent(s.total(), s.budget()), "%。");
        targets.sanGong = breakdown("“三公”经费", y + "“三公”经费财政拨款支出决算为", s.total(),
                List.of(new Object[] {"因公出国（境）费支出决算为", s.abroad()}, new Object[] {"公务用车购置及运行维护费支出决算为", s.car()},
                        new Object[] {"公务接待费支出决算为", s.reception()}), true, "。");
        targets.narrativeAbroad = targets.sanGong.amounts().get(0);
        para(Style.BODY, "公务用车购置及运行维护费支出", Money.text(s.car()), "万元，其中：公务用车购置费", Money.text(s.carBuy()),
                "万元，公务用车运行维护费", Money.text(s.carRun()), "万元。");

        para(Style.HEADING, "十、机关运行经费支出情况说明");
        para(Style.BODY, "本部门", y, "机关运行经费支出", Money.text(a.publicTotal()), "万元，",
                change(a.publicTotal(), a.priors().publicFunds(), new Slot(Money.percent(Math.abs(a.publicTotal() - a.priors().publicFunds()),
                        a.priors().publicFunds()))), "，主要原因是严格执行厉行节约规定。");
    }

    /** "比上年增加X万元，增长P%" (P printed only when {@code pct} is given). */
    private static Seg change(long current, long prior, Slot pct) {
        boolean up = current >= prior;
        Seg s = seg("比上年", up ? "增加" : "减少", slot(Math.abs(current - prior)), "万元");
        if (pct != null) s.add("，", up ? "增长" : "下降", pct, "%");
        return s;
    }

    /**
     * "{lead}X万元，其中：A a万元，占p%；B b万元，占q%。" — each part a segment that a fault may drop or repeat.
     * A part is {label, cents} or {label, cents, trailing words}.
     */
    private Breakdown breakdown(String name, String lead, long total, List<Object[]> parts, boolean shares, String end, String... opening) {
        Slot t = slot(total);
        Seg sentence = seg(lead, t, "万元", opening.length > 0 ? opening[0] : "，其中：");
        List<Seg> segs = new ArrayList<>();
        List<Slot> amounts = new ArrayList<>();
        List<Slot> pcts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Object[] p = parts.get(i);
            Slot amount = slot((Long) p[1]);
            Seg part = seg(i == 0 ? "" : "；", p[0], amount, "万元");
            if (shares) {
                Slot pct = new Slot(Money.percent((Long) p[1], total));
                part.add("，占", pct, "%");
                pcts.add(pct);
            }
            if (p.length > 2) part.add(p[2]);
            segs.add(part);
            amounts.add(amount);
            sentence.add(part);
        }
        sentence.add(end);
        draft.blocks.add(new Para(Style.BODY, sentence));
        return new Breakdown(name, t, sentence, segs, amounts, pcts);
    }

    /** "一般公共服务支出" → "一般公共服务", as the template writes "一般公共服务（类）支出". */
    static String shortName(String lei) { return lei.endsWith("支出") ? lei.substring(0, lei.length() - 2) : lei; }

    // ---- 第二部分 the nine tables ---------------------------------------------------------------------

    private static final String[] FUNC_HEAD = {"科目编码", "科目名称"};

    private void tables() {
        Accounts.SanGong s = a.sanGong();
        // 01 收入支出决算总表: two-sided
        List<Row> rows01 = new ArrayList<>();
        List<Object[]> left = new ArrayList<>(List.of(new Object[] {"一、一般公共预算财政拨款收入", a.fiscalIncome()},
                new Object[] {"二、政府性基金预算财政拨款收入", 0L}, new Object[] {"三、国有资本经营预算财政拨款收入", 0L},
                new Object[] {"四、上级补助收入", 0L}, new Object[] {"五、事业收入", a.business()}, new Object[] {"六、经营收入", 0L},
                new Object[] {"七、附属单位上缴收入", 0L}, new Object[] {"八、其他收入", a.other()}));
        List<Object[]> right = new ArrayList<>();
        String[] ordinals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int i = 0; i < a.functions().size(); i++) {
            Lei l = a.functions().get(i);
            right.add(new Object[] {ordinals[i] + "、" + l.name(), a.fiscalExpense() == 0 ? 0L : l.total() + allFundsExtra(l)});
        }
        int body = Math.max(left.size(), right.size());
        for (int i = 0; i < body; i++) {
            Object[] l = i < left.size() ? left.get(i) : null;
            Object[] r = i < right.size() ? right.get(i) : null;
            rows01.add(row(l == null ? "" : l[0], l == null ? null : slot((Long) l[1]), r == null ? "" : r[0], r == null ? null : slot((Long) r[1])));
        }
        rows01.add(row("本年收入合计", slot(a.incomeTotal()), "本年支出合计", slot(a.expenseTotal())));
        rows01.add(row("使用非财政拨款结余", slot(0), "结余分配", slot(0)));
        rows01.add(row("年初结转和结余", slot(a.carryIn()), "年末结转和结余", slot(a.carryOut())));
        rows01.add(row("总计", slot(a.grandTotal()), "总计", slot(a.grandTotal())));
        table("收入支出决算总表", "公开01表", List.of(List.of("收入", "<", "支出", "<"), List.of("项目", "决算数", "项目", "决算数")),
                new float[] {3.2f, 1.3f, 3.2f, 1.3f}, new boolean[] {false, true, false, true}, rows01, null);

        // 02 收入决算表
        List<Row> rows02 = new ArrayList<>();
        rows02.add(row("", "合计", slot(a.incomeTotal()), slot(a.fiscalIncome()), slot(0), slot(a.business()), slot(0), slot(0), slot(a.other())));
        forEachFunction((code, name, fiscal, extra) -> {
            long income = fiscal + extra[2];   // fiscal income per row: its expenditure, the carry difference on the first 项
            rows02.add(row(code, name, slot(income + extra[0] + extra[1]), slot(income), null, nz(extra[0]), null, null, nz(extra[1])));
        }, true);
        table("收入决算表", "公开02表", List.of(List.of("科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                        "附属单位上缴收入", "其他收入")),
                new float[] {1.1f, 3f, 1.3f, 1.3f, 1f, 1f, 1f, 1f, 1f}, numeric(9, 2), rows02, null);

        // 03 支出决算表
        List<Row> rows03 = new ArrayList<>();
        rows03.add(row("", "合计", slot(a.expenseTotal()), slot(a.basic()), slot(a.project()), null, null, null));
        for (Lei l : a.functions()) {
            rows03.add(row(l.code(), l.name(), slot(l.total() + allFundsExtra(l)), slot(l.basic()), slot(l.project() + allFundsExtra(l)), null, null, null));
            for (Kuan k : l.kuan()) {
                long kx = k.items().stream().mapToLong(x -> a.allFundsProject(x) - x.project()).sum();
                rows03.add(row(k.code(), k.name(), slot(k.total() + kx), slot(k.basic()), slot(k.project() + kx), null, null, null));
                for (Xiang x : k.items()) {
                    rows03.add(row(x.code(), x.name(), slot(x.basic() + a.allFundsProject(x)), slot(x.basic()), slot(a.allFundsProject(x)), null, null, null));
                }
            }
        }
        targets.t03 = table("支出决算表", "公开03表", List.of(List.of("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出",
                "经营支出", "对附属单位补助支出")), new float[] {1.1f, 3f, 1.3f, 1.2f, 1.2f, 1f, 1f, 1.2f}, numeric(8, 2), rows03, null);

        // 04 财政拨款收入支出决算总表
        List<Row> rows04 = new ArrayList<>();
        List<Object[]> left04 = List.of(new Object[] {"一、一般公共预算财政拨款", a.fiscalIncome()}, new Object[] {"二、政府性基金预算财政拨款", 0L},
                new Object[] {"三、国有资本经营预算财政拨款", 0L});
        for (int i = 0; i < Math.max(left04.size(), a.functions().size()); i++) {
            Object[] l = i < left04.size() ? left04.get(i) : null;
            Lei f = i < a.functions().size() ? a.functions().get(i) : null;
            rows04.add(row(l == null ? "" : l[0], l == null ? null : slot((Long) l[1]), f == null ? "" : ordinals[i] + "、" + f.name(),
                    f == null ? null : slot(f.total()), f == null ? null : slot(f.total()), f == null ? null : slot(0), f == null ? null : slot(0)));
        }
        rows04.add(row("本年收入合计", slot(a.fiscalIncome()), "本年支出合计", slot(a.fiscalExpense()), slot(a.fiscalExpense()), slot(0), slot(0)));
        rows04.add(row("年初财政拨款结转和结余", slot(a.carryIn()), "年末财政拨款结转和结余", slot(a.carryOut()), slot(a.carryOut()), slot(0), slot(0)));
        rows04.add(row("总计", slot(a.fiscalGrandTotal()), "总计", slot(a.fiscalGrandTotal()), slot(a.fiscalGrandTotal()), slot(0), slot(0)));
        table("财政拨款收入支出决算总表", "公开04表", List.of(List.of("收入", "<", "支出", "<", "<", "<", "<"),
                        List.of("项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")),
                new float[] {2.6f, 1.1f, 2.6f, 1.1f, 1.2f, 1.2f, 1.2f}, new boolean[] {false, true, false, true, true, true, true}, rows04, null);

        // 05 一般公共预算财政拨款支出决算表
        List<Row> rows05 = new ArrayList<>();
        rows05.add(row("", "合计", slot(a.fiscalExpense()), slot(a.basic()), slot(a.fiscalProject())));
        for (Lei l : a.functions()) {
            rows05.add(row(l.code(), l.name(), slot(l.total()), slot(l.basic()), slot(l.project())));
            for (Kuan k : l.kuan()) {
                rows05.add(row(k.code(), k.name(), slot(k.total()), slot(k.basic()), slot(k.project())));
                for (Xiang x : k.items()) rows05.add(row(x.code(), x.name(), slot(x.total()), slot(x.basic()), slot(x.project())));
            }
        }
        targets.t05 = table("一般公共预算财政拨款支出决算表", "公开05表", List.of(List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出")),
                new float[] {1.2f, 3.6f, 1.4f, 1.4f, 1.4f}, numeric(5, 2), rows05, null);

        // 06 一般公共预算财政拨款基本支出决算明细表: 人员经费 | 公用经费 side by side
        List<Row> rows06 = new ArrayList<>();
        for (int i = 0; i < Math.max(a.personnel().size(), a.publicFunds().size()); i++) {
            Econ p = i < a.personnel().size() ? a.personnel().get(i) : null;
            Econ q = i < a.publicFunds().size() ? a.publicFunds().get(i) : null;
            rows06.add(row(p == null ? "" : p.code(), p == null ? "" : p.name(), p == null ? null : slot(p.amount()),
                    q == null ? "" : q.code(), q == null ? "" : q.name(), q == null ? null : slot(q.amount())));
        }
        rows06.add(row("", "人员经费合计", slot(a.personnelTotal()), "", "公用经费合计", slot(a.publicTotal())));
        targets.t06 = table("一般公共预算财政拨款基本支出决算明细表", "公开06表", List.of(List.of("人员经费", "<", "<", "公用经费", "<", "<"),
                        List.of("科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数")),
                new float[] {1f, 2.6f, 1.2f, 1f, 2.6f, 1.2f}, new boolean[] {false, false, true, false, false, true}, rows06, null);

        // 07 “三公”经费
        List<Row> rows07 = new ArrayList<>();
        targets.t07Total = slot(s.total());
        targets.t07Abroad = slot(s.abroad());
        rows07.add(row("合计", slot(s.budget()), targets.t07Total));
        rows07.add(row("1．因公出国（境）费", slot(s.abroadBudget()), targets.t07Abroad));
        rows07.add(row("2．公务用车购置及运行维护费", slot(s.carBudget()), slot(s.car())));
        rows07.add(row("（1）公务用车购置费", slot(s.carBuyBudget()), slot(s.carBuy())));
        rows07.add(row("（2）公务用车运行维护费", slot(s.carRunBudget()), slot(s.carRun())));
        rows07.add(row("3．公务接待费", slot(s.receptionBudget()), slot(s.reception())));
        targets.t07 = table("一般公共预算财政拨款“三公”经费支出决算表", "公开07表", List.of(List.of("项目", "预算数", "决算数")),
                new float[] {4f, 1.5f, 1.5f}, new boolean[] {false, true, true}, rows07, null);

        // 08, 09: empty in these departments, as in most real ones
        List<List<String>> fundHead = List.of(List.of("科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "<", "<", "年末结转和结余"),
                List.of("^", "^", "^", "^", "小计", "基本支出", "项目支出", "^"));
        float[] fundWidths = {1.1f, 2.8f, 1.2f, 1.1f, 1.1f, 1.1f, 1.1f, 1.2f};
        table("政府性基金预算财政拨款收入支出决算表", "公开08表", fundHead, fundWidths, numeric(8, 2),
                List.of(row("", "合计", null, null, null, null, null, null)), "注：本单位" + a.year() + "年度无政府性基金预算财政拨款收支，故本表为空表。");
        table("国有资本经营预算财政拨款支出决算表", "公开09表", List.of(List.of("科目编码", "科目名称", "本年支出", "<", "<"), List.of("^", "^", "合计", "基本支出", "项目支出")),
                new float[] {1.2f, 3.6f, 1.4f, 1.4f, 1.4f}, numeric(5, 2), List.of(row("", "合计", null, null, null)),
                "注：本单位" + a.year() + "年度无国有资本经营预算财政拨款支出，故本表为空表。");
    }

    /** Non-fiscal money (事业收入 + 其他收入) spent under a 类. */
    private long allFundsExtra(Lei l) {
        return l.items().stream().mapToLong(x -> a.allFundsProject(x) - x.project()).sum();
    }

    private interface FunctionRow { void accept(String code, String name, long fiscal, long[] extra); }

    /**
     * Walks 类/款/项 rows with their 一般公共预算 amount and extras {事业收入, 其他收入, carry difference}: the
     * non-fiscal income is booked on the 项 it is spent on, the 结转 difference on the first 项.
     */
    private void forEachFunction(FunctionRow out, boolean income) {
        String first = a.functions().get(0).items().get(0).code();
        long carry = a.carryOut() - a.carryIn();
        for (Lei l : a.functions()) {
            boolean hasFirst = l.items().stream().anyMatch(x -> x.code().equals(first));
            boolean hasOther = l.items().stream().anyMatch(x -> x.code().equals(a.otherFundsItem()));
            out.accept(l.code(), l.name(), l.total(), extras(hasOther, hasFirst, carry));
            for (Kuan k : l.kuan()) {
                out.accept(k.code(), k.name(), k.total(), extras(k.items().stream().anyMatch(x -> x.code().equals(a.otherFundsItem())),
                        k.items().stream().anyMatch(x -> x.code().equals(first)), carry));
                for (Xiang x : k.items()) out.accept(x.code(), x.name(), x.total(), extras(x.code().equals(a.otherFundsItem()), x.code().equals(first), carry));
            }
        }
    }

    private long[] extras(boolean other, boolean first, long carry) {
        return new long[] {other ? a.business() : 0, other ? a.other() : 0, first ? carry : 0};
    }

    private static Slot nz(long cents) { return cents == 0 ? null : slot(cents); }

    private static boolean[] numeric(int columns, int from) {
        boolean[] n = new boolean[columns];
        for (int i = from; i < columns; i++) n[i] = true;
        return n;
    }

    private static Row row(Object... cells) {
        return new Row(new ArrayList<>(java.util.Arrays.stream(cells).map(c -> c == null ? NONE : c).toList()));
    }

    /** An empty cell (List.of refuses nulls). */
    static final Object NONE = new Object() { @Override public String toString() { return ""; } };

    private Table table(String title, String code, List<List<String>> header, float[] widths, boolean[] numeric, List<Row> rows, String note) {
        Table t = new Table(title, code, header, widths, numeric, new ArrayList<>(rows), note);
        draft.blocks.add(t);
        return t;
    }
}
