package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.MoneyUnit;
import org.auditor.model.QuantityKind;

/**
 * The one number parser: finds the numbers of a normalised paragraph with their units, and leaves out
 * what only looks like a number — years and dates, classification codes ("（201类）", "2010301"), list
 * ordinals ("1.", "（2）"), document numbers ("〔2019〕5号"), phone-like digit strings.
 */
public final class NumberScanner {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])-?\\d+(?:\\.\\d+)?(?![\\d])");
    private static final Pattern MONEY = Pattern.compile("^(万元|亿元|元|万(?!人|个|件|次|余)|亿)");
    private final List<String> countUnits;

    /** A whole text (a table cell) that is one plain number, read as {@link #scan} reads numbers. */
    static boolean isWholeNumber(String s) { return NUMBER.matcher(s).matches(); }

    public NumberScanner(Vocabulary vocabulary) { this.countUnits = vocabulary.words("countUnits"); }

    public List<NumberToken> scan(String s) {
        List<NumberToken> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            int start = m.start(), end = m.end();
            String text = m.group();
            if (text.startsWith("-")) {
                // a leading minus only after a separator or start (not "2019-2020")
                if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) { start++; text = text.substring(1); }
            }
            if (text.endsWith(".")) continue;
            String after = s.substring(end, Math.min(s.length(), end + 6));
            char prev = start > 0 ? s.charAt(start - 1) : ' ';
            if (isNotAQuantity(s, start, end, text, after, prev)) continue;
            if (after.startsWith("%")) { out.add(new NumberToken(start, end, end + 1, text, QuantityKind.PERCENT, null, "%")); continue; }
            Matcher mu = MONEY.matcher(after);
            if (mu.find()) {
                MoneyUnit u = MoneyUnit.fromLabel(mu.group());
                out.add(new NumberToken(start, end, end + mu.end(), text, QuantityKind.AMOUNT, u, mu.group()));
                continue;
            }
            if (after.startsWith("分") && !after.startsWith("分别") && !after.startsWith("分配") && !after.startsWith("分类")) {
                out.add(new NumberToken(start, end, end + 1, text, QuantityKind.SCORE, null, "分"));
                continue;
            }
            String cu = countUnit(after);
            if (cu != null) { out.add(new NumberToken(start, end, end + cu.length(), text, QuantityKind.COUNT, null, cu)); continue; }
            out.add(new NumberToken(start, end, end, text, null, null, ""));
        }
        return out;
    }

    private String countUnit(String after) {
        for (String u : countUnits) if (after.startsWith(u)) return u;
        return null;
    }

    private static boolean isNotAQuantity(String s, int start, int end, String text, String after, char prev) {
        boolean integer = text.indexOf('.') < 0;
        // years and dates: 2019年, 2019年度, 12月, 31日, 2019-12-31
        if (after.startsWith("年") || after.startsWith("月") || after.startsWith("日") || after.startsWith("号")
                || after.startsWith("时") || after.startsWith("季度") || after.startsWith("届") || after.startsWith("版")) return true;
        if (integer && text.length() == 4 && (text.startsWith("19") || text.startsWith("20")) && !after.startsWith("万") && !after.startsWith("元")) return true;
        // classification codes: （201类） （03款） （01项）, 201类, and bare 3/5/7-digit codes before a name
        if (after.startsWith("类") || after.startsWith("款") || (after.startsWith("项）") && prev == '（')) return true;
        if (prev == '〔' || prev == '[' || prev == '【') return true;
        // ordinals: "1." "2、" "3）" at paragraph start or after a sentence end
        if (integer && (after.startsWith("、") || after.startsWith("）") && (prev == '（' || isClauseStart(s, start))
                || after.startsWith(".") && !after.matches("^\\.\\d.*"))) {
            if (isClauseStart(s, start) || prev == '（') return true;
        }
        // long digit strings without decimals: phone numbers, codes, ids
        if (integer && text.length() >= 7 && !after.startsWith("元")) return true;
        // model names and mixed tokens: "A4", "5G", "G20"
        if (Character.isLetter(prev) && prev < 128) return true;
        if (!after.isEmpty() && Character.isLetter(after.charAt(0)) && after.charAt(0) < 128) return true;
        // numbers inside book titles / quoted hotline names: “12345”
        if (prev == '“' && after.startsWith("”") && integer) return true;
        // "第3" ordinal words
        if (prev == '第') return true;
        return false;
    }

    /** Whether position {@code i} starts a clause (line start, after 。；：or whitespace/punctuation). */
    static boolean isClauseStart(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j--;
        if (j < 0) return true;
        char c = s.charAt(j);
        return c == '。' || c == '；' || c == '：' || c == '，' || c == '\n' || c == '）' || c == '!' || c == '？';
    }
}
