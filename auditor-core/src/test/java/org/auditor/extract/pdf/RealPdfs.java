package org.auditor.extract.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.auditor.model.Document;
import org.auditor.model.TextLine;

/**
 * The real published PDFs in {@code shared/real} next to the project (never copied into it), found by
 * walking up from the working directory, and their extraction, done once per test run.
 */
final class RealPdfs {
    static final String CAIZHENGJU = "putuo-caizhengju-2024-juesuan.pdf";
    static final String GUIHUAZIYUAN = "putuo-guihuaziyuan-2024-juesuan.pdf";
    static final String TEMPLATE = "national-juesuan-template.pdf";
    static final String ZHENGFUBAN = "putuo-zhengfuban-2025-yusuan.pdf";
    static final String SHANGWUWEI = "putuo-shangwuwei-2025-yusuan.pdf";

    private static final Map<String, Document> EXTRACTED = new ConcurrentHashMap<>();

    private RealPdfs() {}

    static Path dir() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            for (Path shared : new Path[] {d.resolve("../shared").normalize(), d.resolve("shared")}) {
                if (Files.isDirectory(shared.resolve("real"))) return shared.resolve("real");
            }
        }
        throw new IllegalStateException("shared/real not found above " + System.getProperty("user.dir"));
    }

    static Path file(String name) { return dir().resolve(name); }

    static Document extract(String name) {
        return EXTRACTED.computeIfAbsent(name, n -> {
            try {
                return new PdfExtractor().extract(file(n));
            } catch (Exception e) {
                throw new AssertionError("extracting " + n + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** The first line containing {@code text}, or null. */
    static TextLine find(Document doc, String text) {
        for (TextLine l : doc.lines()) if (l.text().contains(text)) return l;
        return null;
    }
}
