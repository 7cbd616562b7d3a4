package org.auditor.model;

/** The kind of report, detected from its text. */
public enum ReportKind {
    FINAL_ACCOUNTS("部门决算"), BUDGET("部门预算"), OVERALL_SELF_EVALUATION("整体支出绩效自评"),
    PROJECT_EVALUATION("项目支出绩效评价"), UNKNOWN("未知");

    private final String label;

    ReportKind(String label) { this.label = label; }

    public String label() { return label; }
}
