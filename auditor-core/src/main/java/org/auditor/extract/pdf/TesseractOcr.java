package org.auditor.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR of a page through the {@code tesseract} command (Simplified Chinese and English): the page is
 * rendered at {@link #DPI} in grey, tesseract returns word boxes as TSV, and the words become lines in
 * PDF units, laid out by the same rules as a text layer. Two misreadings that cannot be text are undone:
 * table rulings read as "|" and thousands commas read as points ("2.940.05").
 */
final class TesseractOcr {
    static final int DPI = 300;
    static final String LANGUAGES = "chi_sim+eng";
    private static final long TIMEOUT_SECONDS = 300;
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private final String command;

    TesseractOcr(String command) { this.command = command; }

    /** Whether the command runs and has the chi_sim language (checked once per command). */
    boolean available() {
        return AVAILABLE.computeIfAbsent(command, c -> {
            try {
                Process p = new ProcessBuilder(c, "--list-langs").redirectErrorStream(true).start();
                String out = readAll(p.getInputStream());
                if (!p.waitFor(30, TimeUnit.SECONDS)) { p.destroyForcibly(); return false; }
                return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
            } catch (IOException e) {
                return false; // not installed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Page {@code pageIndex} (0-based) rendered for OCR into a temporary PNG, which the caller deletes. */
    static Path render(PDFRenderer renderer, int pageIndex) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
        Path png = Files.createTempFile("auditor-ocr-", ".png");
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    /** The lines read by OCR from a page rendered by {@link #render}, in reading order. Thread-safe. */
    List<RawLine> read(Path png) throws IOException {
        return lines(run(png), 72f / DPI);
    }

    private String run(Path png) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command, png.toString(), "stdout", "-l", LANGUAGES, "--psm", "6", "tsv")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1"); // tesseract's OpenMP threads only contend on small machines
        Process p = pb.start();
        String tsv = readAll(p.getInputStream());
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract timed out after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running tesseract", e);
        }
        if (p.exitValue() != 0) throw new IOException("tesseract exited with status " + p.exitValue());
        return tsv;
    }

    /**
     * Lines from tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height,
     * confidence, text): words grouped by tesseract's own line, each word's characters spread evenly
     * over its box, scaled by {@code scale} from pixels to PDF units.
     */
    static List<RawLine> lines(String tsv, float scale) {
        Map<String, List<String[]>> byLine = new LinkedHashMap<>();
        for (String row : tsv.split("\r?\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank() || RULING.matcher(f[11].strip()).matches()) continue;
            byLine.computeIfAbsent(f[2] + "/" + f[3] + "/" + f[4], k -> new ArrayList<>()).add(f);
        }
        LineAssembler assembler = new LineAssembler(VerticalRules.NONE, LineAssembler.Spacing.OCR);
        List<RawLine> out = new ArrayList<>(byLine.size());
        for (List<String[]> words : byLine.values()) {
            float height = 0, bottom = 0;
            for (String[] w : words) {
                height = Math.max(height, Integer.parseInt(w[9]));
                bottom = Math.max(bottom, Integer.parseInt(w[7]) + Integer.parseInt(w[9]));
            }
            // a CJK character's box is about one em high; digits and Latin are shorter, so take the line's tallest word
            float em = height * scale, baseline = bottom * scale - 0.12f * em;
            // words left to right, each word's characters kept together (a word's box may overlap the next)
            words.sort(java.util.Comparator.comparingInt(w -> Integer.parseInt(w[6])));
            List<Glyph> glyphs = new ArrayList<>();
            for (String[] w : words) {
                String text = thousands(w[11].strip());
                float left = Integer.parseInt(w[6]) * scale, width = Integer.parseInt(w[8]) * scale;
                int n = text.codePointCount(0, text.length());
                int k = 0;
                for (int i = 0; i < text.length(); k++) {
                    int cp = text.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    glyphs.add(new Glyph(ch, left + width * k / n, width / n, baseline, em));
                    i += Character.charCount(cp);
                }
            }
            out.add(assembler.line(glyphs));
        }
        return out;
    }

    /** A table ruling read as a character. */
    private static final Pattern RULING = Pattern.compile("[|¦│｜]+");
    /** "2.940.05": a number cannot have two decimal points, so the first ones are misread commas. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{3})+\\.\\d{1,2}(?![\\d.])");

    static String thousands(String word) {
        Matcher m = DOTTED_THOUSANDS.matcher(word);
        if (!m.find()) return word;
        StringBuilder sb = new StringBuilder();
        do {
            String n = m.group();
            int last = n.lastIndexOf('.');
            m.appendReplacement(sb, n.substring(0, last).replace('.', ',') + n.substring(last));
        } while (m.find());
        return m.appendTail(sb).toString();
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
