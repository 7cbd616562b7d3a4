package org.auditor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Breakdown;
import org.auditor.model.Change;
import org.auditor.model.Claim;
import org.auditor.model.Concept;
import org.auditor.model.Direction;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Period;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Rate;
import org.auditor.model.ScoreLine;
import org.auditor.model.Share;

/**
 * Reads the claims of the narrative, paragraph by paragraph: breakdowns (其中 …), shares (占X%),
 * year-over-year changes, completion rates with their comparison words, balances (… 总计), score
 * deductions; and, across paragraphs, 功能分类 class totals against the 项 items listed for them.
 * Each number becomes a {@link Quantity} with provenance; each claim binds the quantities it names.
 */
final class NarrativeParser {
    private final Vocabulary vocab;
    private final NumberScanner scanner;
    private final LabelReader labels;
    private final MoneyUnit defaultUnit;

    NarrativeParser(Vocabulary vocab, MoneyUnit defaultUnit) {
        this.vocab = vocab;
        this.defaultUnit = defaultUnit;
        this.scanner = new NumberScanner(vocab);
        this.labels = new LabelReader(vocab);
    }

    /** A number of a paragraph while its role is being worked out. */
    static final class Tok {
        final NumberToken t;
        final int sentence, segment;
        Quantity q;
        LabelReader.Meaning meaning;
        boolean delta, changePct, share, rate, prior;
        Direction direction;
        String directionWord;

        Tok(NumberToken t, int sentence, int segment) { this.t = t; this.sentence = sentence; this.segment = segment; }

        QuantityKind kind() { return q == null ? null : q.kind(); }

        boolean amountLike() { return q != null && (q.kind() == QuantityKind.AMOUNT || q.kind() == QuantityKind.COUNT); }
    }

    /** Output of one document. */
    static final class Result {
        final List<Quantity> quantities = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
    }

    private int qn, cn;
    private String file;
    private Integer year;
    private Result out;
    // 功能分类 hierarchy across paragraphs
    private final Map<String, Quantity> classTotals = new LinkedHashMap<>();
    private final Map<Quantity, List<Quantity>> classItems = new LinkedHashMap<>();
    private String pendingItemLabel;
    private final List<Quantity> recent = new ArrayList<>(); // every quantity so far, for base look-ups
    private Quantity lastSentenceMain; // main amount of the previous sentence, for "。其中…"

    Result parse(String file, Integer year, List<Paragraph> paragraphs, Sections sections) {
        this.file = file;
        this.year = year;
        this.out = new Result();
        for (Paragraph p : paragraphs) paragraph(p, sections.pathAt(p.firstLine()));
        for (var e : classItems.entrySet()) {
            List<Quantity> items = e.getValue();
            if (!items.isEmpty()) out.claims.add(new Breakdown(nextClaim(), Breakdown.Basis.HIERARCHY, e.getKey(), items));
        }
        return out;
    }

    private String nextClaim() { return "c" + (++cn); }

    // ---- one paragraph ---------------------------------------------------------------------------

    private void paragraph(Paragraph p, String section) {
        String s = p.text();
        if (s.isBlank()) return;
        List<NumberToken> found = scanner.scan(s);
        List<Tok> toks = new ArrayList<>();
        for (NumberToken t : found) toks.add(new Tok(t, countBefore(s, t.start(), '。'), countBefore(s, t.start(), '；')));
        // bare amounts take the paragraph's first unit above 元 (元 figures are often quoted beside 万元 ones), else the default
        MoneyUnit paragraphUnit = defaultUnit;
        for (Tok k : toks) if (k.t.unit() != null && k.t.unit() != MoneyUnit.YUAN) { paragraphUnit = k.t.unit(); break; }
        // "4125.49、4143.91万元": a bare number listed before a number with a unit shares that unit
        for (int i = toks.size() - 2; i >= 0; i--) {
            Tok k = toks.get(i), n = toks.get(i + 1);
            if (k.t.bare() && !n.t.bare() && s.substring(k.t.end(), n.t.start()).equals("、")) {
                toks.set(i, new Tok(new NumberToken(k.t.start(), k.t.end(), k.t.end(), k.t.text(), n.t.kind(), n.t.unit(), ""), k.sentence, k.segment));
            }
        }
        // give bare numbers the meaning their context implies
        for (int i = 0; i < toks.size(); i++) {
            Tok k = toks.get(i);
            if (!k.t.bare()) continue;
            String after = s.substring(k.t.end(), Math.min(s.length(), k.t.end() + 8));
            String before = gapBefore(s, toks, i);
            if (after.startsWith("，占") || after.startsWith("，完成") || after.startsWith("，比") || after.startsWith("，较")
                    || before.endsWith("决算数为") || before.endsWith("支出决算为")) {
                toks.set(i, new Tok(k.t.as(QuantityKind.AMOUNT, paragraphUnit), k.sentence, k.segment));
            }
        }
        toks.removeIf(k -> k.t.bare());
        for (int i = 0; i < toks.size(); i++) {
            Tok k = toks.get(i);
            String labelText = labelText(s, toks, i);
            k.meaning = labels.read(labelText, year, sentenceOpensWithYear(s, k.t.start()));
            Concept concept = k.meaning.concept();
            if (concept != null && concept.id().startsWith("func:") == false && vocab.concept(stripScope(k.meaning)) != null
                    && vocab.concept(stripScope(k.meaning)).count() != (k.t.kind() == QuantityKind.COUNT)) concept = null;
            if (k.t.kind() == QuantityKind.PERCENT || k.t.kind() == QuantityKind.SCORE) concept = null;
            k.q = new Quantity(String.format("q%05d", ++qn), Printed.parse(k.t.text()), k.t.kind(), k.t.unit(), k.t.unitText(),
                    k.meaning.label(), concept, p.locate(file, k.t.start(), k.t.unitEnd(), section), p.ocr());
        }
        inheritScope(s, toks);
        inheritSubject(toks);
        markChanges(s, toks);
        for (Tok k : toks) {
            if (k.prior && k.q.concept() != null) k.q = k.q.withConcept(new Concept(k.q.concept().id(), k.q.concept().scope(), Period.PRIOR));
            if ((k.delta || k.changePct) && k.q.concept() != null) k.q = k.q.withConcept(null); // a change is not the quantity itself
            out.quantities.add(k.q);
            recent.add(k.q);
        }
        Map<Tok, String> groups = breakdowns(s, toks);
        shares(s, toks, groups);
        rates(s, toks);
        changes(s, toks);
        balances(toks);
        scores(s, toks);
        hierarchy(s, toks);
        if (!toks.isEmpty()) {
            Tok last = null;
            for (Tok k : toks) if (k.amountLike() && !k.delta && !k.prior) last = k;
            lastSentenceMain = last == null ? lastSentenceMain : last.q;
        }
    }

    private String stripScope(LabelReader.Meaning m) {
        String s = m.label();
        for (var p : vocab.scopes()) {
            int i = s.indexOf(p.prefix());
            if (i >= 0 && i <= 2) return s.substring(i + p.prefix().length());
        }
        return s;
    }

    /**
     * A label without a scope prefix takes the scope of the sentence's subject — its first amount — when
     * that one names a scope ("2021年度政府性基金预算财政拨款收入0万元；年初结转和结余0万元；支出0万元").
     */
    private void inheritScope(String s, List<Tok> toks) {
        Tok subject = null;
        for (Tok k : toks) {
            // "…基本支出X万元。其中：人员经费A万元…": a sentence opening with 其中 goes on with the previous subject
            boolean continues = subject != null && subject.sentence != k.sentence && opensWithQizhong(s, k.t.start());
            if (subject == null || subject.sentence != k.sentence && !continues) { subject = k; continue; }
            Concept c = k.q.concept();
            if (c == null || k.meaning.scoped() || !subject.meaning.scoped() || c.id().startsWith("func:") || c.id().startsWith("sangong")
                    || c.id().startsWith("vehicles")) continue;
            k.q = k.q.withConcept(new Concept(c.id(), subject.meaning.scope(), c.period()));
        }
    }

    private static boolean opensWithQizhong(String s, int pos) {
        int start = s.lastIndexOf('。', Math.max(0, pos - 1)) + 1;
        return s.substring(start, pos).strip().startsWith("其中");
    }

    /** Whether the sentence holding position {@code pos} begins with a year ("2019年度…"). */
    private static boolean sentenceOpensWithYear(String s, int pos) {
        int start = s.lastIndexOf('。', Math.max(0, pos - 1)) + 1;
        return s.substring(start, Math.min(s.length(), start + 12)).strip().matches("^(\\d{4}\\s*年|本年度).*");
    }

    /**
     * "财政拨款支出年初预算为A，支出决算为B": B is the same subject's actual value; a bare 支出/决算 label
     * takes the concept of the budget named just before it.
     */
    private void inheritSubject(List<Tok> toks) {
        for (int i = 1; i < toks.size(); i++) {
            Tok k = toks.get(i);
            Tok prev = toks.get(i - 1);
            if (k.sentence != prev.sentence || !k.amountLike() || prev.q.concept() == null || prev.meaning.period() != Period.BUDGET) continue;
            String l = k.meaning.label();
            if (!(l.isEmpty() || l.equals("支出") || l.equals("决算"))) continue;
            Concept c = prev.q.concept();
            k.q = k.q.withConcept(new Concept(c.id(), c.scope(), Period.CURRENT));
        }
    }

    private static int countBefore(String s, int pos, char c) {
        int n = 0;
        for (int i = 0; i < pos; i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** The text between the previous number (or the paragraph start) and token i. */
    private static String gapBefore(String s, List<Tok> toks, int i) {
        int from = i == 0 ? 0 : toks.get(i - 1).t.unitEnd();
        return s.substring(Math.min(from, toks.get(i).t.start()), toks.get(i).t.start());
    }

    /** The words naming token i: back to the previous number or clause separator. */
    private static String labelText(String s, List<Tok> toks, int i) {
        int start = toks.get(i).t.start();
        int from = i == 0 ? 0 : toks.get(i - 1).t.unitEnd();
        for (int k = start - 1; k >= from; k--) {
            char c = s.charAt(k);
            if (c == '，' || c == '。' || c == '；' || c == '、' || c == '：' && k < start - 1 && !s.startsWith("其中", Math.max(0, k - 2))) {
                from = k + 1;
                break;
            }
            if (c == '：') { from = k + 1; break; }
        }
        return s.substring(from, start).strip();
    }

    // ---- changes: 比上年增加A万元，增长B% ----------------------------------------------------------

    private static final Pattern CHANGE_TAIL = Pattern.compile("(同比|比上年同期|比上年决算数?|比上年|较上年|与上年相比|较去年|比去年)?(了)?$");

    private void markChanges(String s, List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok k = toks.get(i);
            if (k.q.kind() != QuantityKind.AMOUNT && k.q.kind() != QuantityKind.PERCENT && k.q.kind() != QuantityKind.COUNT) continue;
            String gap = gapBefore(s, toks, i).replaceAll("[，\\s]+$", "");
            String after = s.substring(k.t.unitEnd(), Math.min(s.length(), k.t.unitEnd() + 2));
            int sentenceStart = s.lastIndexOf('。', Math.max(0, k.t.start() - 1)) + 1;
            String before = s.substring(sentenceStart, k.t.start());
            boolean compared = vocab.words("comparisonMarkers").stream().anyMatch(before::contains);
            for (var e : vocab.directionWords().entrySet()) {
                if (!compared) break;
                String w = e.getKey();
                String g = gap;
                if (!g.endsWith(w)) continue;
                if (w.length() == 1 && !(g.length() > 1 && "年比较".indexOf(g.charAt(g.length() - 2)) >= 0)) continue; // 多/少/减 only as 比上年多
                if (s.startsWith("至", k.t.start() - 1) || after.startsWith("以")) break;
                if (k.q.kind() == QuantityKind.PERCENT) k.changePct = true; else k.delta = true;
                k.direction = e.getValue();
                k.directionWord = w;
                break;
            }
            // distributive lists: "各减少1268.49、2565.84万元" — a value after "、" continues the previous one's role
            if (!k.delta && !k.changePct && i > 0 && gap.equals("、")) {
                Tok p = toks.get(i - 1);
                if ((p.delta || p.changePct) && p.q.kind() == k.q.kind()) {
                    k.delta = p.delta;
                    k.changePct = p.changePct;
                    k.direction = p.direction;
                    k.directionWord = p.directionWord;
                }
            }
            // a value named with 上年/与20XX年 is a prior
            // "与2020年度收入1263.66万元相比", "上年…": compared values are priors (a past year alone is not)
            if (!k.delta && !k.changePct && (k.meaning.compared() || s.startsWith("相比", k.t.unitEnd()))) k.prior = true;
        }
    }

    /** The run of tokens from {@code i} on that share a role and are separated only by "、". */
    private static List<Tok> run(String s, List<Tok> toks, int i, java.util.function.Predicate<Tok> role) {
        List<Tok> r = new ArrayList<>();
        for (int j = i; j < toks.size() && role.test(toks.get(j)); j++) {
            if (j > i && !gapBefore(s, toks, j).equals("、")) break;
            r.add(toks.get(j));
        }
        return r;
    }

    private void changes(String s, List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok d = toks.get(i);
            if (!d.delta && !d.changePct) continue;
            if (distributive(s, toks, i)) {
                while (i + 1 < toks.size() && (toks.get(i + 1).delta || toks.get(i + 1).changePct)) i++;
                continue;
            }
            Tok delta = d.delta ? d : null, pct = d.changePct ? d : null;
            int j = i + 1;
            if (delta != null && j < toks.size() && toks.get(j).changePct && toks.get(j).sentence == d.sentence) { pct = toks.get(j); j++; }
            if (delta != null && delta.q.kind() != QuantityKind.AMOUNT && pct == null) { continue; }
            // prior: a value named as last year's, between the current and the delta
            Tok prior = null, current = null;
            for (int b = i - 1; b >= 0; b--) {
                Tok o = toks.get(b);
                if (o.sentence < d.sentence - 1 || o.delta || o.changePct) break;
                if (o.prior && prior == null && o.q.kind() != QuantityKind.PERCENT) { prior = o; continue; }
                if (o.amountLike() && !o.prior && o.q.kind() == (delta != null ? delta.q.kind() : o.q.kind())
                        && o.meaning.period() != Period.BUDGET) {
                    if (prior != null && !sameLabel(o, prior)) continue;
                    current = o;
                    break;
                }
            }
            if (current == null) {
                // budgets may be compared too ("预算…比上年增加"): fall back to the nearest amount
                for (int b = i - 1; b >= 0 && current == null; b--) {
                    Tok o = toks.get(b);
                    if (o.sentence < d.sentence - 1 || o.delta || o.changePct) break;
                    if (o.amountLike() && !o.prior) current = o;
                }
            }
            if (current == null) continue;
            Direction dir = delta != null ? delta.direction : pct.direction;
            String word = delta != null ? delta.directionWord : pct.directionWord;
            if (dir == null && pct != null && pct.direction != null) { dir = pct.direction; word = pct.directionWord; }
            if (prior == null && pct == null) { i = j - 1; continue; } // nothing a rule could check
            Change c = new Change(nextClaim(), current.q, prior == null ? null : prior.q, delta == null ? null : delta.q,
                    pct == null ? null : pct.q, dir, word);
            out.claims.add(c);
            i = j - 1;
        }
    }

    /**
     * "收、支总计各是A、B万元，…各减少X、Y万元，各下降C%、D%": values, deltas and percentages listed in
     * parallel pair up by position. Returns false when token i does not start such a list.
     */
    private boolean distributive(String s, List<Tok> toks, int i) {
        List<Tok> deltas = run(s, toks, i, t -> t.delta);
        int next = i + deltas.size();
        List<Tok> pcts = next < toks.size() ? run(s, toks, next, t -> t.changePct) : List.of();
        if (deltas.isEmpty()) pcts = run(s, toks, i, t -> t.changePct);
        int n = Math.max(deltas.size(), pcts.size());
        if (n < 2 || !deltas.isEmpty() && !pcts.isEmpty() && deltas.size() != pcts.size()) return false;
        // the values: the run of amounts ending right before the first delta / percentage
        int end = i - 1;
        int start = end;
        while (start > 0 && gapBefore(s, toks, start).equals("、") && toks.get(start - 1).amountLike()) start--;
        if (end < 0 || end - start + 1 != n) return false;
        for (int k = 0; k < n; k++) {
            Tok cur = toks.get(start + k), dl = deltas.isEmpty() ? null : deltas.get(k), pc = pcts.isEmpty() ? null : pcts.get(k);
            if (!cur.amountLike()) return false;
            Tok dir = dl != null ? dl : pc;
            out.claims.add(new Change(nextClaim(), cur.q, null, dl == null ? null : dl.q, pc == null ? null : pc.q, dir.direction, dir.directionWord));
        }
        return true;
    }

    private static boolean sameLabel(Tok a, Tok b) {
        String x = a.meaning.label().replaceAll("[\\d年度]", ""), y = b.meaning.label().replaceAll("[\\d年度]", "");
        if (a.q.concept() != null && b.q.concept() != null) return a.q.concept().id().equals(b.q.concept().id());
        return x.endsWith(y) || y.endsWith(x) || x.isEmpty() || y.isEmpty();
    }

    // ---- breakdowns: 合计X，其中：A…；B… ------------------------------------------------------------

    private static final Pattern MARKER_AFTER_TOTAL = Pattern.compile("^[）)]?[，,。：:\\s]*(其中|主要用于以下方面)[：:，,\\s]*");

    /** Finds breakdowns; returns, for each part, the id of its breakdown (for shares of the total). */
    private Map<Tok, String> breakdowns(String s, List<Tok> toks) {
        Map<Tok, String> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok total = toks.get(i);
            if (!total.amountLike() || total.delta || total.prior) continue;
            String after = s.substring(total.t.unitEnd());
            Matcher m = MARKER_AFTER_TOTAL.matcher(after);
            Quantity totalQ = total.q;
            int from = i + 1;
            boolean found = m.find() && !isInsideChange(after);
            if (!found) continue;
            List<Tok> parts = new ArrayList<>();
            int nestedUntilSegment = -1;
            for (int j = from; j < toks.size(); j++) {
                Tok o = toks.get(j);
                if (o.sentence != total.sentence) break;
                if (o.q.kind() == QuantityKind.PERCENT || o.q.kind() == QuantityKind.SCORE) continue;
                if (o.delta || o.prior || o.meaning.period() == Period.BUDGET && total.meaning.period() != Period.BUDGET) continue;
                if (o.q.kind() != total.q.kind() || (o.q.kind() == QuantityKind.COUNT && !o.q.unitText().equals(total.q.unitText()))) continue;
                if (nestedUntilSegment >= 0 && o.segment <= nestedUntilSegment) continue;
                if (vocab.words("totalWords").contains(o.meaning.label())) continue; // "…，合计1170.00万": the total again
                parts.add(o);
                // a part followed by its own 其中 opens a nested breakdown: skip its parts here
                String tail = s.substring(o.t.unitEnd());
                if (MARKER_AFTER_TOTAL.matcher(tail).find() && j + 1 < toks.size() && toks.get(j + 1).segment == o.segment) nestedUntilSegment = o.segment;
            }
            if (parts.size() < 2) continue;
            Breakdown b = new Breakdown(nextClaim(), Breakdown.Basis.LIST, totalQ, parts.stream().map(t -> t.q).toList());
            out.claims.add(b);
            for (Tok p : parts) groupOf.putIfAbsent(p, b.id());
            groupOf.putIfAbsent(total, null);
        }
        // "…251.70万元，是指…。其中A 10.00万元、B 9.00万元…": a sentence opening with 其中 lists parts of the
        // previous sentence's main amount
        int sentences = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).sentence;
        for (int sent = 0; sent <= sentences; sent++) {
            int start = sentenceStart(s, sent);
            if (!s.startsWith("其中", start)) continue;
            Quantity total = null;
            for (Tok k : toks) if (k.sentence == sent - 1 && k.amountLike() && !k.delta && !k.prior) total = k.q;
            if (sent == 0) total = lastSentenceMain;
            if (total != null) parts(toks, sent, total);
        }
        // "资金计划74万元及时划拨我办（1月24日划拨16万元，…，6月24日划拨23017.06万元）": a parenthesised list
        for (int i = 0; i + 2 < toks.size(); i++) {
            Tok total = toks.get(i);
            if (!total.amountLike() || total.delta || total.prior) continue;
            int open = s.indexOf('（', total.t.unitEnd());
            if (open < 0 || open - total.t.unitEnd() > 12 || s.substring(total.t.unitEnd(), open).matches(".*[，。；].*")) continue;
            int close = s.indexOf('）', open);
            if (close < 0 || toks.get(i + 1).t.start() < open) continue;
            List<Quantity> parts = new ArrayList<>();
            for (int j = i + 1; j < toks.size() && toks.get(j).t.start() < close; j++) {
                Tok o = toks.get(j);
                if (o.q.kind() == total.q.kind() && !o.delta && !o.prior) parts.add(o.q);
            }
            if (parts.size() >= 3) out.claims.add(new Breakdown(nextClaim(), Breakdown.Basis.LIST, total.q, parts));
        }
        return groupOf;
    }

    private static int sentenceStart(String s, int sentence) {
        int pos = 0;
        for (int n = 0; n < sentence; n++) {
            int i = s.indexOf('。', pos);
            if (i < 0) return s.length();
            pos = i + 1;
        }
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        return pos;
    }

    private void parts(List<Tok> toks, int sentence, Quantity total) {
        List<Quantity> parts = new ArrayList<>();
        for (Tok o : toks) {
            if (o.sentence != sentence || o.q.kind() != total.kind() || o.delta || o.prior) continue;
            parts.add(o.q);
        }
        if (parts.size() >= 2) out.claims.add(new Breakdown(nextClaim(), Breakdown.Basis.LIST, total, parts));
    }

    private static boolean isInsideChange(String after) {
        String head = after.length() > 12 ? after.substring(0, 12) : after;
        return head.contains("同比") || head.contains("比上年");
    }

    // ---- shares: 占X% ------------------------------------------------------------------------------

    private static final Pattern SHARE_GAP = Pattern.compile("^[，,\\s]*(分别)?占(?<base>[^，；。%]*?)(的)?(比重|比例)?(为)?\\s*$");

    private void shares(String s, List<Tok> toks, Map<Tok, String> groups) {
        for (int i = 1; i < toks.size(); i++) {
            Tok pct = toks.get(i);
            if (pct.q.kind() != QuantityKind.PERCENT || pct.changePct) continue;
            Matcher m = SHARE_GAP.matcher(gapBefore(s, toks, i));
            if (!m.find()) continue;
            Tok part = toks.get(i - 1);
            if (!part.amountLike()) continue;
            pct.share = true;
            String baseText = m.group("base").strip();
            String group = groups.get(part);
            Quantity base = null;
            Breakdown enclosing = group == null ? null : breakdownById(group);
            if (baseText.isEmpty()) {
                if (enclosing != null) base = enclosing.total();
                else base = subjectOf(s, part); // "“三公”经费财政拨款支出决算中，公务接待费…0.07万元，占0.87%"
            } else if (enclosing != null && enclosing.total().label().contains(baseText.replaceAll("总额$|合计$", ""))) {
                base = enclosing.total();
            } else {
                base = resolve(baseText, part.q);
                group = null;
            }
            if (base == null || base == part.q) continue;
            out.claims.add(new Share(nextClaim(), part.q, base, pct.q, group));
        }
    }

    /** The total a sentence opens with as its subject ("X中，…" or "X：…"), resolved to its latest printed value. */
    private Quantity subjectOf(String s, Tok part) {
        int start = s.lastIndexOf('。', Math.max(0, part.t.start() - 1)) + 1;
        String head = s.substring(start, part.t.start());
        int cut = head.indexOf("中，");
        if (cut < 0) return null;
        return resolve(head.substring(0, cut), part.q);
    }

    private Breakdown breakdownById(String id) {
        for (Claim c : out.claims) if (c instanceof Breakdown b && b.id().equals(id)) return b;
        return null;
    }

    /** The quantity a base label ("本年支出合计") names: the latest one with that concept. */
    private Quantity resolve(String baseText, Quantity part) {
        LabelReader.Meaning m = labels.read(baseText, year);
        if (m.concept() == null) return null;
        for (int i = recent.size() - 1; i >= 0; i--) {
            Quantity q = recent.get(i);
            if (q.concept() != null && q.concept().equals(m.concept()) && q != part) return q;
        }
        return null;
    }

    // ---- rates: 年初预算为A，支出决算为B，完成年初预算的C% -------------------------------------------

    private static final Pattern RATE_GAP = Pattern.compile("(完成(了)?(全年|年初|调整)?预算(数)?(的)?|预算执行率(为|达)?|执行率(为|达)?)\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("决算数?(与(年初|调整)?预算数?)?(大于|小于|等于|高于|低于|持平|相等)(年初|调整)?(预算数?)?");

    private void rates(String s, List<Tok> toks) {
        int windowStart = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok k = toks.get(i);
            boolean isRate = k.q.kind() == QuantityKind.PERCENT && !k.changePct && !k.share && RATE_GAP.matcher(gapBefore(s, toks, i)).find();
            Tok actual = null, budget = null;
            int end = i;
            if (!isRate) {
                // a comparison word without a rate: "年初预算为0万元，支出决算为156.51万元，决算数大于年初预算数"
                if (!k.amountLike() || k.meaning.period() == Period.BUDGET) continue;
                String tail = clauseAfter(s, k.t.unitEnd());
                Matcher cm = COMPARISON.matcher(tail);
                if (!cm.find() || cm.start() > 2 || i + 1 < toks.size() && toks.get(i + 1).t.start() < k.t.unitEnd() + cm.end()) continue;
            }
            for (int b = i - (isRate ? 1 : 0); b >= windowStart; b--) {
                Tok o = toks.get(b);
                if (o.sentence != k.sentence || o.segment != k.segment && isRate && o.segment < k.segment - 1) break;
                if (!o.amountLike() || o.delta || o.prior) continue;
                if (o.meaning.period() == Period.BUDGET) { if (budget == null) budget = o; }
                else if (actual == null) actual = o;
                if (actual != null && budget != null) break;
            }
            if (actual == null) continue;
            String tail = clauseAfter(s, (isRate ? k : actual).t.unitEnd());
            Matcher cm = COMPARISON.matcher(tail);
            Direction cmp = null;
            String word = null;
            if (cm.find() && cm.start() < 8) {
                word = cm.group();
                cmp = vocab.comparisonWords().get(cm.group(3));
            }
            if (!isRate && budget == null) continue;
            out.claims.add(new Rate(nextClaim(), actual.q, budget == null ? null : budget.q, isRate ? k.q : null, cmp, word));
            k.rate = isRate;
            windowStart = end + 1;
        }
    }

    private static String clauseAfter(String s, int from) {
        int end = s.length();
        for (int i = from; i < s.length(); i++) if (s.charAt(i) == '。' || s.charAt(i) == '；') { end = i; break; }
        String t = s.substring(from, end);
        return t.startsWith("，") ? t.substring(1) : t;
    }

    // ---- balances: 收入A，年初结转和结余B，总计C ----------------------------------------------------

    private void balances(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.amountLike() || !t.meaning.label().endsWith("总计") || t.meaning.label().length() > 6) continue;
            List<Quantity> parts = new ArrayList<>();
            boolean carry = false;
            for (int j = i - 1; j >= 0; j--) {
                Tok o = toks.get(j);
                if (o.sentence != t.sentence || !o.amountLike() || o.delta || o.prior) break;
                parts.add(0, o.q);
                if (o.meaning.label().contains("结转")) carry = true;
            }
            if (carry && parts.size() >= 2) out.claims.add(new Breakdown(nextClaim(), Breakdown.Basis.BALANCE, t.q, parts));
        }
    }

    // ---- scores: 得分94分…扣分明细为：A扣5分，B扣1分 ---------------------------------------------------

    private void scores(String s, List<Tok> toks) {
        // one score per stretch: a 得分 total and the 扣N分 that follow it, up to the next total
        Tok total = null;
        List<Quantity> deductions = new ArrayList<>();
        for (int i = 0; i <= toks.size(); i++) {
            Tok k = i < toks.size() ? toks.get(i) : null;
            if (k != null && k.q.kind() != QuantityKind.SCORE) continue;
            String gap = k == null ? "" : gapBefore(s, toks, i);
            boolean isTotal = k != null && (gap.endsWith("得分") || gap.endsWith("得分为") || gap.endsWith("评分") || gap.endsWith("总分为"));
            if (k != null && (gap.endsWith("扣") || gap.endsWith("扣除"))) { deductions.add(k.q); continue; }
            if (k == null || isTotal) {
                if (total != null && !deductions.isEmpty() && s.contains("扣分")) {
                    out.claims.add(new ScoreLine(nextClaim(), ScoreLine.Kind.DEDUCTIONS, total.q, null, deductions));
                }
                total = k;
                deductions = new ArrayList<>();
            }
        }
    }

    // ---- 功能分类 hierarchy ------------------------------------------------------------------------

    private void hierarchy(String s, List<Tok> toks) {
        String head = s.replaceAll("^[\\s\\d.、（）⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽①②③④⑤⑥⑦⑧⑨⑩]+", "");
        LabelReader.Meaning itemHead = null;
        if (head.contains("项）") && labels.classOf(head) != null) {
            int cut = head.indexOf("项）") + 2;
            itemHead = labels.read(head.substring(0, cut), year);
            if (toks.isEmpty() || toks.get(0).t.start() > s.indexOf("项）") + 2 + 40) { pendingItemLabel = head.substring(0, cut); if (toks.isEmpty()) return; }
        } else if (pendingItemLabel != null && !toks.isEmpty() && toks.get(0).meaning.classCode() == null) {
            itemHead = labels.read(pendingItemLabel, year);
        }
        pendingItemLabel = itemHead == null || !toks.isEmpty() ? null : pendingItemLabel;
        if (itemHead != null && itemHead.classCode() != null) {
            // an item line: its current-year amount (not the budget) belongs to its class
            for (Tok k : toks) {
                if (k.q.kind() != QuantityKind.AMOUNT || k.meaning.period() != Period.CURRENT || k.delta || k.prior) continue;
                Quantity total = classTotals.get(itemHead.classCode());
                if (total != null && total != k.q) classItems.computeIfAbsent(total, x -> new ArrayList<>()).add(k.q);
                break;
            }
            return;
        }
        // class-level amounts: list parts ("一般公共服务（类）支出2842.81万元") or a class heading line
        String classOfHead = labels.classOf(head);
        for (Tok k : toks) {
            if (k.q.kind() != QuantityKind.AMOUNT || k.meaning.period() != Period.CURRENT || k.delta || k.prior) continue;
            String code = k.meaning.concept() != null && k.meaning.concept().id().startsWith("func:") ? k.meaning.concept().id().substring(5) : null;
            if (code == null && k == toks.get(0) && classOfHead != null && !head.contains("款）") && k.meaning.classCode() == null
                    && head.indexOf(k.t.text()) < 30) code = classOfHead;
            if (code != null) classTotals.put(code, k.q);
        }
    }
}
