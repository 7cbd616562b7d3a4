package org.auditor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Check;
import org.auditor.model.Location;
import org.auditor.model.Quantity;

/** The source lines a check involves, with the character spans of its numbers on each. */
final class Snippets {
    private Snippets() {}

    /** One printed line and the check's numbers on it. */
    record Excerpt(Location at, String snippet, List<Quantity> numbers) {}

    /** The check's lines in the order of its numbers; numbers on the same line share one excerpt. */
    static List<Excerpt> excerpts(Check c) {
        Map<List<Object>, List<Quantity>> byLine = new LinkedHashMap<>();
        Map<List<Object>, Location> first = new LinkedHashMap<>();
        for (Quantity q : c.involved()) {
            Location l = q.location();
            List<Object> key = List.of(Objects.toString(l.file(), ""), l.page(), l.line(), Objects.toString(l.snippet(), ""));
            byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            first.putIfAbsent(key, l);
        }
        List<Excerpt> out = new ArrayList<>();
        byLine.forEach((k, qs) -> out.add(new Excerpt(first.get(k), (String) k.get(3), List.copyOf(qs))));
        return out;
    }

    /**
     * Where the numbers stand in the snippet, as sorted, non-overlapping [start, end) spans. The recorded
     * column is trusted when the snippet shows the number there; otherwise (a snippet cut from a longer
     * line, a column in other units) the number is looked up as a whole number, thousands separators
     * allowed, so "2.1" never marks the start of "2.11".
     */
    static List<int[]> spans(String snippet, List<Quantity> numbers) {
        List<int[]> spans = new ArrayList<>();
        if (snippet == null || snippet.isEmpty()) return spans;
        for (Quantity q : numbers) {
            int[] s = atColumn(snippet, q);
            if (s == null) s = search(snippet, q.text(), spans);
            if (s != null) spans.add(s);
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
            else merged.add(new int[] {s[0], s[1]});
        }
        return merged;
    }

    private static int[] atColumn(String snippet, Quantity q) {
        Location l = q.location();
        int from = l.column(), to = l.column() + l.length();
        if (from < 0 || l.length() <= 0 || to > snippet.length()) return null;
        String there = snippet.substring(from, to).replaceAll("[,，\\s]", "");
        return there.startsWith(q.text()) ? new int[] {from, to} : null;
    }

    private static int[] search(String snippet, String number, List<int[]> taken) {
        if (number == null || number.isEmpty()) return null;
        StringBuilder re = new StringBuilder("(?<![\\d.])");
        for (int i = 0; i < number.length(); i++) {
            char ch = number.charAt(i);
            re.append(Pattern.quote(String.valueOf(ch)));
            if (Character.isDigit(ch) && i + 1 < number.length() && Character.isDigit(number.charAt(i + 1)))
                re.append("[,，]?");
        }
        re.append("(?![\\d]|[.]\\d)");
        Matcher m = Pattern.compile(re.toString()).matcher(snippet);
        while (m.find()) {
            int s = m.start(), e = m.end();
            if (taken.stream().noneMatch(t -> s < t[1] && t[0] < e)) return new int[] {s, e};
        }
        return null;
    }
}
