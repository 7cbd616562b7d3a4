package org.auditor.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The kind of a file, detected from its first bytes first and its extension second. */
public enum FileType {
    PDF, DOCX, DOC, XLSX, XLS, HTML, RTF, ODT, TEXT, EMPTY, UNKNOWN;

    /** Extensions the scanner picks up when walking a folder. */
    public static boolean isCandidate(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".doc") || n.endsWith(".docx")
                || n.endsWith(".xls") || n.endsWith(".xlsx") || n.endsWith(".htm") || n.endsWith(".html")
                || n.endsWith(".rtf") || n.endsWith(".odt");
    }

    public static FileType detect(Path p) throws IOException {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(p)) { n = in.readNBytes(head, 0, head.length); }
        if (n == 0) return EMPTY;
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String ascii = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        String lower = ascii.toLowerCase(Locale.ROOT).stripLeading();
        if (ascii.startsWith("%PDF-")) return PDF;
        if (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == (byte) 0x11 && head[3] == (byte) 0xE0) {
            return name.endsWith(".xls") ? XLS : DOC; // OLE2 container: Word or Excel 97
        }
        if (head[0] == 'P' && head[1] == 'K') {
            if (name.endsWith(".xlsx")) return XLSX;
            if (name.endsWith(".odt")) return ODT;
            return DOCX;
        }
        if (lower.startsWith("{\\rtf")) return RTF;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")) return HTML;
        if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".xlsx")) return UNKNOWN; // claims a binary format it is not
        return TEXT;
    }
}
