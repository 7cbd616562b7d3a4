package org.auditor.parse;

import java.util.regex.Pattern;

/**
 * Recognises section headings and their level: 第一部分 (1), 一、 (2), （一） (3), 1. / 1、 (4),
 * （1）/⑴ (5). Level 0 means not a heading. A heading is short and does not read as a full sentence.
 */
final class Headings {
    private static final Pattern[] LEVELS = {
        Pattern.compile("^第[一二三四五六七八九十\\d]+(部分|章)"),
        Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
        Pattern.compile("^（[一二三四五六七八九十]+）"),
        Pattern.compile("^\\d{1,2}[.、．](?!\\d)"),
        Pattern.compile("^(（\\d{1,2}）|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂①②③④⑤⑥⑦⑧⑨⑩])"),
    };

    private Headings() {}

    static int level(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60 || s.endsWith("。")) return 0;
        for (int i = 0; i < LEVELS.length; i++) if (LEVELS[i].matcher(s).find()) return i + 1;
        return 0;
    }
}
