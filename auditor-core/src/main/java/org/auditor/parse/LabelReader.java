package org.auditor.parse;

import java.util.regex.Pattern;

import org.auditor.model.Concept;
import org.auditor.model.Period;
import org.auditor.model.Scope;

/**
 * Reads the words that name a number ("2019年度财政拨款支出年初预算为" → label 财政拨款支出, scope 财政拨款,
 * period budget) and binds them to a dictionary concept. Conservative on purpose: a concept is assigned only
 * when the cleaned label is exactly a dictionary label, because a wrong concept creates false restatements.
 */
final class LabelReader {
    /** What the words before a number say about it. */
    record Meaning(String label, Scope scope, boolean scoped, Period period, Concept concept, String classCode, int level, boolean compared) {}

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度?");
    private static final Pattern DATE = Pattern.compile("^(截至|截止|至)?(\\d{1,2}月(底|末)?)?(\\d{1,2}日)?(止|底|末)?");
    private static final Pattern LEAD = Pattern.compile("^(其中[：，]?|与|比|较|和|及|、|，|：|\\s)+");
    private static final Pattern TRAIL = Pattern.compile("(为|是|达到|达|共计|合计为|总额为|约|有|：|\\s)+$");
    private static final Pattern LEVEL_MARK = Pattern.compile("（(\\d{2,3})?(类|款|项)）");

    private final Vocabulary vocab;

    LabelReader(Vocabulary vocab) { this.vocab = vocab; }

    Meaning read(String raw, Integer reportYear) { return read(raw, reportYear, false); }

    /**
     * @param sentenceOpensWithYear the sentence names the year first ("2019年度…，…"), which makes generic
     *                              labels (收入, 支出) name the department's own totals
     */
    Meaning read(String raw, Integer reportYear, boolean sentenceOpensWithYear) {
        String s = raw.replaceAll("^[\\d]+[.、]", "");
        // words before the year are the entity's name: "益阳市人民政府办公室（本级）2019年度收入总计"
        var firstYear = YEAR.matcher(s);
        if (firstYear.find() && firstYear.start() > 0 && !s.substring(0, firstYear.start()).matches(".*(与|比|较)$")) s = s.substring(firstYear.start());
        boolean opensWithYear = sentenceOpensWithYear || s.matches("^(\\d{4}年度?|本年度?|本部门\\d{4}年度?).*");
        boolean comparison = s.matches("^(与|比|较|同).*");
        boolean pastYear = false;
        var y = YEAR.matcher(s);
        while (y.find()) if (reportYear != null && Integer.parseInt(y.group(1)) < reportYear) pastYear = true;
        s = YEAR.matcher(s).replaceAll("");
        s = DATE.matcher(s).replaceAll("");
        s = LEAD.matcher(s).replaceAll("");
        for (String f : vocab.fillers()) if (s.startsWith(f)) s = s.substring(f.length());
        // the scope prefix first: "一般公共预算" must not read as a budget word
        Scope scope = Scope.ALL_FUNDS;
        boolean scoped = false;
        String prefix = "";
        for (var p : vocab.scopes()) {
            int i = s.indexOf(p.prefix());
            if (i >= 0 && i <= 2) {
                scope = p.scope();
                scoped = true;
                prefix = p.prefix();
                s = s.substring(i + p.prefix().length());
                break;
            }
        }
        Period period = Period.CURRENT;
        boolean priorWord = false;
        for (String w : vocab.words("priorYear")) if (s.contains(w)) { period = Period.PRIOR; priorWord = true; s = s.replace(w, ""); }
        boolean budget = false;
        for (String w : vocab.words("budgetWords")) if (s.contains(w)) { budget = true; s = s.replace(w, ""); }
        if (budget && period == Period.CURRENT) period = Period.BUDGET;
        for (String w : vocab.words("actualWords")) s = s.replace(w, w.startsWith("支出") ? "支出" : "");
        s = LEAD.matcher(s).replaceAll("");
        s = TRAIL.matcher(s).replaceAll("");
        for (String f : vocab.fillers()) if (s.startsWith(f)) s = s.substring(f.length());
        s = TRAIL.matcher(s).replaceAll("").strip();
        // level markers of the 功能分类: （类） （03款） （01项）
        int level = 0;
        var lm = LEVEL_MARK.matcher(s);
        while (lm.find()) level = Math.max(level, switch (lm.group(2)) { case "类" -> 1; case "款" -> 2; default -> 3; });
        String label = prefix + s;
        String classCode = classOf(s);
        Concept concept = null;
        if (level == 0 || level == 1) {
            var c = vocab.concept(s);
            if (c == null) {
                // "峨眉山市人民政府办公室共有车辆": an entity's name before a dictionary label
                for (String end : vocab.entityEndings()) {
                    int i = s.indexOf(end);
                    if (i >= 0 && vocab.concept(s.substring(i + end.length())) != null) { s = s.substring(i + end.length()); c = vocab.concept(s); break; }
                }
            }
            if (c != null && vocab.requiresYear(s) && !opensWithYear && !comparison && !scoped) c = null;
            // a past year names last year's value when it is compared, or when it names a known concept
            if (pastYear && period == Period.CURRENT && (comparison || c != null)) period = Period.PRIOR;
            if (c != null) concept = new Concept(c.concept(), c.scope() != null ? c.scope() : scope, period);
            else if (classCode != null && isClassName(s)) {
                concept = new Concept("func:" + classCode, scope, period);
                level = 1;
            }
        } else if (pastYear && comparison) {
            period = Period.PRIOR;
        }
        return new Meaning(label, scope, scoped, period, concept, classCode, level, priorWord || comparison && (pastYear || priorWord));
    }

    /** The 功能分类 类 code named at the start of a label, or null. */
    String classOf(String label) {
        String s = LEVEL_MARK.matcher(label).replaceAll("");
        for (String name : vocab.classNames()) if (s.startsWith(name)) return vocab.classCode(name);
        return null;
    }

    /** Whether the label is just a class name, possibly with （类） and a trailing 支出. */
    private boolean isClassName(String s) {
        String t = LEVEL_MARK.matcher(s).replaceAll("").replaceAll("支出$", "");
        return vocab.classCode(t) != null || vocab.classCode(t + "支出") != null;
    }
}
