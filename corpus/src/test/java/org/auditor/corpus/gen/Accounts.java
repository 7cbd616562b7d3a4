package org.auditor.corpus.gen;

import java.util.List;

/**
 * The true figures of one generated 部门决算 (all in cents of 万元), from which the narrative and the nine
 * tables are printed. Everything that the template says must add up does, exactly.
 *
 * @param functions   功能分类 类 → 款 → 项 with 一般公共预算财政拨款 基本/项目 amounts and 年初预算
 * @param business    事业收入 (spent on project expenditure of {@code otherFundsItem})
 * @param other       其他收入 (likewise)
 * @param carryIn     年初财政拨款结转和结余
 * @param carryOut    年末财政拨款结转和结余
 * @param personnel   人员经费 by 经济分类 (301, 303 items)
 * @param publicFunds 公用经费 by 经济分类 (302, 310 items)
 */
record Accounts(String entity, int year, List<Lei> functions, long business, long other, String otherFundsItem,
                long carryIn, long carryOut, List<Econ> personnel, List<Econ> publicFunds, SanGong sanGong,
                Priors priors) {

    record Xiang(String code, String name, long basic, long project, long budget) {
        long total() { return basic + project; }
    }

    record Kuan(String code, String name, List<Xiang> items) {
        long basic() { return items.stream().mapToLong(Xiang::basic).sum(); }
        long project() { return items.stream().mapToLong(Xiang::project).sum(); }
        long total() { return basic() + project(); }
    }

    record Lei(String code, String name, List<Kuan> kuan) {
        long basic() { return kuan.stream().mapToLong(Kuan::basic).sum(); }
        long project() { return kuan.stream().mapToLong(Kuan::project).sum(); }
        long total() { return basic() + project(); }
        List<Xiang> items() { return kuan.stream().flatMap(k -> k.items().stream()).toList(); }
    }

    record Econ(String code, String name, long amount) {}

    /** “三公”经费: 预算数 and 决算数 of each item; 公务用车 = 购置 + 运行维护. */
    record SanGong(long abroadBudget, long abroad, long carBuyBudget, long carBuy, long carRunBudget, long carRun,
                   long receptionBudget, long reception) {
        long car() { return carBuy + carRun; }
        long carBudget() { return carBuyBudget + carRunBudget; }
        long total() { return abroad + car() + reception; }
        long budget() { return abroadBudget + carBudget() + receptionBudget; }
    }

    /** Prior-year values the narrative compares with. */
    record Priors(long grandTotal, long fiscalGrandTotal, long publicFunds) {}

    // ---- derived figures (the template's relations) --------------------------------------------------

    long fiscalBasic() { return functions.stream().mapToLong(Lei::basic).sum(); }
    long fiscalProject() { return functions.stream().mapToLong(Lei::project).sum(); }
    /** 一般公共预算财政拨款支出 = 财政拨款支出 (no 政府性基金 / 国有资本经营 money in these reports). */
    long fiscalExpense() { return fiscalBasic() + fiscalProject(); }
    long fiscalBudget() { return functions.stream().flatMap(l -> l.items().stream()).mapToLong(Xiang::budget).sum(); }
    /** 财政拨款收入: what was spent plus what is carried into next year, less what came from last year. */
    long fiscalIncome() { return fiscalExpense() + carryOut - carryIn; }
    long incomeTotal() { return fiscalIncome() + business + other; }
    long expenseTotal() { return fiscalExpense() + business + other; }
    /** 收入总计 = 本年收入合计 + 年初结转和结余 = 本年支出合计 + 年末结转和结余 = 支出总计. */
    long grandTotal() { return incomeTotal() + carryIn; }
    long fiscalGrandTotal() { return fiscalIncome() + carryIn; }
    long basic() { return fiscalBasic(); }
    long project() { return expenseTotal() - basic(); }
    long personnelTotal() { return personnel.stream().mapToLong(Econ::amount).sum(); }
    long publicTotal() { return publicFunds.stream().mapToLong(Econ::amount).sum(); }

    /** All-funds expenditure of a 项: its 一般公共预算 amount plus the non-fiscal money spent on it. */
    long allFundsProject(Xiang x) { return x.project() + (x.code().equals(otherFundsItem) ? business + other : 0); }
}
