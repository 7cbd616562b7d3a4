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
    /** An organisation: place names (省/市/县/区 …) then the body's name. */
    private static final Pattern ORG = Pattern.compile(
            "((?:[\\p{IsHan}]{2,5}?(?:省|自治区|市|自治州|州|盟|县|旗|区))+[\\p{IsHan}]{0,14}?(?:人民政府办公室|人民政府研究室|办公室|委员会|管理局|局|厅|中心|研究院|院|所|站|馆|队|委))(（本级）)?");
    private static final Pattern NAMED = Pattern.compile("(?:部门|单位)(?:（单位）)?名称[：:]\\s*([\\p{IsHan}（）]{4,40})");

    /** Words after which a name may begin; an organisation's name starts a segment. */
    private static final Pattern SEGMENT = Pattern.compile("[^\\p{IsHan}（）]+|年度|部分|负责|关于|根据|对|由|为|是|的|在");

    private static void countOrgs(String text, int weight, Map<String, Integer> orgs) {
        for (String seg : SEGMENT.split(text.replace(" ", ""))) {
            Matcher o = ORG.matcher(seg);
            if (o.lookingAt()) orgs.merge(o.group(1) + (o.group(2) == null ? "" : o.group(2)), weight, Integer::sum);
        }
    }

    Metadata detect(List<TextLine> lines) {
        Map<Integer, Integer> years = new HashMap<>();
        String named = null;
        Map<String, Integer> orgs = new java.util.LinkedHashMap<>();
        StringBuilder title = new StringBuilder();
        for (TextLine l : lines.subList(0, Math.min(lines.size(), 6))) title.append(l.text().replace(" ", "").strip());
        countOrgs(title.toString(), 10, orgs);
        int budgetHits = 0, finalHits = 0, selfHits = 0, projectHits = 0;
        int n = 0;
        for (TextLine l : lines) {
            String t = l.text();
            n++;
            Matcher y = YEAR.matcher(t);
            while (y.find()) years.merge(Integer.parseInt(y.group(1)), n < 80 ? 3 : 1, Integer::sum);
            if (named == null) {
                Matcher nm = NAMED.matcher(t.replace(" ", ""));
                if (nm.find()) named = nm.group(1);
            }
            countOrgs(t, n <= 12 ? 5 : 1, orgs);
            if (t.contains("部门决算") || t.contains("决算情况说明") || t.contains("收入支出决算总表")) finalHits++;
            if (t.contains("部门预算") || t.contains("预算编制说明") || t.contains("收支预算总表")) budgetHits++;
            if (t.contains("整体支出绩效") && (t.contains("自评") || t.contains("评价"))) selfHits++;
            if (t.contains("项目支出绩效") || t.contains("项目绩效评价") || t.contains("项目自评")) projectHits++;
        }
        String entity = named;
        int bestOrg = 0;
        for (var e : orgs.entrySet()) if (entity == named && named != null) break; else if (e.getValue() > bestOrg) { bestOrg = e.getValue(); entity = e.getKey(); }
        Integer year = null;
        int best = 0;
        for (var e : years.entrySet()) if (e.getValue() > best || e.getValue() == best && year != null && e.getKey() > year) { best = e.getValue(); year = e.getKey(); }
        List<ReportKind> kinds = new ArrayList<>();
        if (finalHits > 0) kinds.add(ReportKind.FINAL_ACCOUNTS);
        if (budgetHits > finalHits && budgetHits > 0) kinds.add(0, ReportKind.BUDGET);
        if (selfHits > 0) kinds.add(ReportKind.OVERALL_SELF_EVALUATION);
        if (projectHits > 0) kinds.add(ReportKind.PROJECT_EVALUATION);
        ReportKind kind = kinds.isEmpty() ? ReportKind.UNKNOWN : kinds.get(0);
        // the title names the kind best
        String t = title.toString();
        if (t.contains("整体支出绩效")) kind = ReportKind.OVERALL_SELF_EVALUATION;
        else if (t.contains("项目支出绩效") || t.contains("项目绩效")) kind = ReportKind.PROJECT_EVALUATION;
        else if (t.contains("决算")) kind = ReportKind.FINAL_ACCOUNTS;
        else if (t.contains("预算")) kind = ReportKind.BUDGET;
        if (kind != ReportKind.UNKNOWN && !kinds.contains(kind)) kinds.add(0, kind);
        return new Metadata(entity, year, kind, kinds);
    }
}
