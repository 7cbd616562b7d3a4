package org.auditor.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Section;
import org.auditor.model.TextLine;

/** The section tree of a document, from its headings, and the section path of every line. */
final class Sections {
    private final List<Section> sections = new ArrayList<>();
    private final Map<TextLine, String> pathOf = new IdentityHashMap<>();

    Sections(List<TextLine> lines) {
        List<Section> stack = new ArrayList<>();
        String current = "";
        for (TextLine l : lines) {
            String t = clean(l.text());
            int level = Headings.level(t);
            if (level > 0) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= level) stack.remove(stack.size() - 1);
                List<String> path = new ArrayList<>();
                for (Section s : stack) path.add(s.title());
                String title = t.length() > 40 ? t.substring(0, 40) : t;
                path.add(title);
                Section s = new Section(title, level, l.line(), l.page(), path);
                stack.add(s);
                sections.add(s);
                current = s.pathText();
            }
            pathOf.put(l, current);
        }
    }

    /** Heading text without Markdown markup or conversion leftovers. */
    static String clean(String s) {
        return s.strip().replaceAll("^#+\\s*", "").replace("**", "").strip();
    }

    List<Section> all() { return sections; }

    String pathAt(TextLine l) { return pathOf.getOrDefault(l, ""); }
}
