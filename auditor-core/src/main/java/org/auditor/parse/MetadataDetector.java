package org.auditor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.ReportKind;
import org.auditor.model.TextLine;

/** Detects entity, fiscal year and report kind(s) from the text. */
final class MetadataDetector {
    record Metadata(String entity, Integer year, ReportKind kind, List<ReportKind> kinds) {}

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年度?");
    private static final Pattern ENTITY = Pattern.compile("([\\p{IsHan}（）()]{2,40}?(人民政府办公室|人民政府|办公室|委员会|局|厅|院|中心|部|委|署|会|所|站|馆|处|队))(\\(本级\\)|（本级）)?\\s*(20\\d{2})\\s*年");

    Metadata detect(List<TextLine> lines) {
        Map<Integer, Integer> years = new HashMap<>();
        String entity = null;
        int budgetHits = 0, finalHits = 0, selfHits = 0, projectHits = 0;
        int n = 0;
        for (TextLine l : lines) {
            String t = l.text();
            n++;
            Matcher y = YEAR.matcher(t);
            while (y.find()) years.merge(Integer.parseInt(y.group(1)), n < 80 ? 3 : 1, Integer::sum);
            if (entity == null) {
                Matcher e = ENTITY.matcher(t.replace(" ", ""));
                if (e.find()) entity = e.group(1) + (e.group(3) == null ? "" : e.group(3));
            }
            if (t.contains("部门决算") || t.contains("决算情况说明") || t.contains("收入支出决算总表")) finalHits++;
            if (t.contains("部门预算") || t.contains("预算编制说明") || t.contains("收支预算总表")) budgetHits++;
            if (t.contains("整体支出绩效") && (t.contains("自评") || t.contains("评价"))) selfHits++;
            if (t.contains("项目支出绩效") || t.contains("项目绩效评价") || t.contains("项目自评")) projectHits++;
        }
        Integer year = null;
        int best = 0;
        for (var e : years.entrySet()) if (e.getValue() > best || e.getValue() == best && year != null && e.getKey() > year) { best = e.getValue(); year = e.getKey(); }
        List<ReportKind> kinds = new ArrayList<>();
        if (finalHits > 0) kinds.add(ReportKind.FINAL_ACCOUNTS);
        if (budgetHits > finalHits && budgetHits > 0) kinds.add(0, ReportKind.BUDGET);
        if (selfHits > 0) kinds.add(ReportKind.OVERALL_SELF_EVALUATION);
        if (projectHits > 0) kinds.add(ReportKind.PROJECT_EVALUATION);
        ReportKind kind = kinds.isEmpty() ? ReportKind.UNKNOWN : kinds.get(0);
        if (selfHits > finalHits && selfHits > 2) kind = ReportKind.OVERALL_SELF_EVALUATION;
        return new Metadata(entity, year, kind, kinds);
    }
}
