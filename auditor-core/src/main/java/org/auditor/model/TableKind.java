package org.auditor.model;

/** Which table a report prints: the nine standard 部门决算 tables (公开01–09表) and the other kinds audited. */
public enum TableKind {
    FA01_INCOME_EXPENSE_TOTAL, FA02_INCOME, FA03_EXPENSE, FA04_FISCAL_TOTAL, FA05_GENERAL_BUDGET_EXPENSE,
    FA06_BASIC_EXPENSE, FA07_THREE_PUBLIC, FA08_GOV_FUND, FA09_STATE_CAPITAL, SCORE, BUDGET, UNKNOWN
}
