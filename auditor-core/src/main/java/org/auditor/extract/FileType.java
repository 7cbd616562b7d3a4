package org.auditor.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kind of a file, detected from its content. The extension is only used to explain a mismatch: a
 * {@code .pdf} that is really an HTML page is read as HTML, a {@code .docx} that is not a zip archive is
 * refused with a message that says so. Containers are opened to tell their kinds apart (a zip holding
 * {@code word/} is DOCX, {@code xl/} XLSX, an ODF {@code mimetype} of a text document ODT; an OLE2 file
 * holding a {@code WordDocument} stream is DOC, a {@code Workbook} XLS).
 */
public enum FileType {
    PDF, DOCX, DOC, XLSX, XLS, HTML, RTF, ODT, TEXT, EMPTY, UNKNOWN;

    /** What the content says a file is; {@code problem} explains EMPTY and UNKNOWN to the user, else null. */
    public record Detection(FileType type, String problem) {
        static Detection of(FileType type) { return new Detection(type, null); }

        static Detection unknown(String problem) { return new Detection(UNKNOWN, problem); }
    }

    private static final int HEAD = 4096;
    private static final String ODF_TEXT = "application/vnd.oasis.opendocument.text";

    /** Extensions the scanner picks up when walking a folder. */
    public static boolean isCandidate(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".doc") || n.endsWith(".docx")
                || n.endsWith(".xls") || n.endsWith(".xlsx") || n.endsWith(".htm") || n.endsWith(".html")
                || n.endsWith(".rtf") || n.endsWith(".odt");
    }

    public static FileType detect(Path p) throws IOException { return identify(p).type(); }

    public static Detection identify(Path p) throws IOException {
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(p)) { n = in.readNBytes(head, 0, head.length); }
        if (n == 0) return new Detection(EMPTY, "empty file (0 bytes)");
        String ascii = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        // the PDF header may follow a little junk (the spec tolerates it within the first 1024 bytes)
        int pdf = ascii.indexOf("%PDF-");
        if (pdf >= 0 && pdf < 1024) return Detection.of(PDF);
        if (n >= 8 && startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return inspectOle2(p);
        if (n >= 4 && startsWith(head, 'P', 'K', 3, 4)) return inspectZip(p);
        if (n >= 4 && startsWith(head, 'P', 'K', 5, 6)) return Detection.unknown("empty zip archive");
        String lower = stripBom(ascii).stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("{\\rtf")) return Detection.of(RTF);
        if (looksLikeHtml(lower)) return Detection.of(HTML);
        String mismatch = mismatch(p.getFileName().toString(), head, n);
        return mismatch != null ? Detection.unknown(mismatch) : Detection.of(TEXT);
    }

    private static Detection inspectOle2(Path p) {
        try (POIFSFileSystem fs = new POIFSFileSystem(p.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return Detection.unknown("password-protected Office document: save it without a password and retry");
            }
            if (root.hasEntry("WordDocument")) return Detection.of(DOC);
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) return Detection.of(XLS);
            if (root.hasEntry("PowerPoint Document")) return Detection.unknown("PowerPoint files are not supported");
            return Detection.unknown("Office 97-2003 container that is neither a Word document nor an Excel workbook");
        } catch (IOException | RuntimeException e) { // POI reports damaged containers with unchecked exceptions
            return Detection.unknown("damaged Office 97-2003 file: " + e.getMessage());
        }
    }

    /** An archive entry may expand this much (and to more than {@link #BOMB_SIZE}) before it is refused as a zip bomb. */
    static final int BOMB_RATIO = 100;
    static final long BOMB_SIZE = 50L << 20;

    private static Detection inspectZip(Path p) {
        try (ZipFile zip = new ZipFile(p.toFile())) {
            String bomb = zipBomb(zip);
            if (bomb != null) return Detection.unknown(bomb);
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String kind;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    kind = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                }
                if (kind.equals(ODF_TEXT)) return Detection.of(ODT);
                return Detection.unknown("OpenDocument file of kind " + kind + " is not supported (only text documents)");
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                boolean word = false, excel = false, powerpoint = false;
                for (var e = zip.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    word |= name.startsWith("word/");
                    excel |= name.startsWith("xl/");
                    powerpoint |= name.startsWith("ppt/");
                }
                if (word) return Detection.of(DOCX);
                if (excel) return Detection.of(XLSX);
                if (powerpoint) return Detection.unknown("PowerPoint files are not supported");
                return Detection.unknown("Office Open XML package that is neither a Word document nor an Excel workbook");
            }
            return Detection.unknown("zip archive that is not an Office or OpenDocument file");
        } catch (ZipException e) {
            return Detection.unknown("damaged or truncated zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Detection.unknown("cannot open zip archive: " + e.getMessage());
        }
    }

    /**
     * Why the archive is a zip bomb (an entry declared to expand over {@link #BOMB_RATIO} times to more than
     * {@link #BOMB_SIZE}), or null. Office parsers would inflate it into memory; refused before they start.
     */
    private static String zipBomb(ZipFile zip) {
        for (var e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            long size = entry.getSize(), packed = Math.max(1, entry.getCompressedSize());
            if (size > BOMB_SIZE && size / packed > BOMB_RATIO) {
                return "zip bomb: " + entry.getName() + " would expand from " + packed / 1024 + " KiB to " + (size >> 20)
                        + " MiB (" + size / packed + " times): not read";
            }
        }
        return null;
    }

    private static boolean looksLikeHtml(String lower) {
        if (!lower.startsWith("<")) return false;
        return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<body") || lower.startsWith("<meta") || lower.contains("<html");
    }

    /** Why a file that claims a binary format by its name is not one, or null when the name claims nothing. */
    private static String mismatch(String fileName, byte[] head, int n) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String expected;
        if (name.endsWith(".pdf")) expected = "not a PDF: it has no %PDF- header";
        else if (name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".odt")) expected = "not a zip archive";
        else if (name.endsWith(".doc") || name.endsWith(".xls")) expected = "not an Office 97-2003 file";
        else return null;
        return "named " + fileName + " but the content is " + expected + " (it starts with \"" + preview(head, n) + "\")";
    }

    private static String preview(byte[] head, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, 16); i++) {
            int b = head[i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return sb.toString();
    }

    private static String stripBom(String latin1) {
        return latin1.startsWith("\u00EF\u00BB\u00BF") ? latin1.substring(3) : latin1;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        for (int i = 0; i < magic.length; i++) if ((head[i] & 0xff) != magic[i]) return false;
        return true;
    }
}
