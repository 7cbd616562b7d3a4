package org.auditor.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Document;
import org.auditor.model.TextLine;

/** Plain text and Markdown in UTF-8, GBK or GB18030 (detected: strict UTF-8 first, else GB18030). */
public final class TextExtractor implements Extractor {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override public String format() { return "text"; }

    @Override public boolean accepts(FileType type) { return type == FileType.TEXT; }

    @Override public Document extract(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> warnings = new ArrayList<>();
        String text = decode(bytes, warnings);
        if (text.indexOf('\u0000') >= 0) throw new ExtractionException("not a text file (binary content)");
        return fromText(file.toString(), "text", text, warnings);
    }

    /** Lines of an already decoded text, normalised, numbered from 1. Used by every text-like format. */
    public static Document fromText(String path, String format, String text, List<String> warnings) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<TextLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) lines.add(TextLine.plain(i + 1, Normalizer.normalize(raw[i])));
        return new Document(path, format, 0, lines, warnings);
    }

    static String decode(byte[] bytes, List<String> warnings) {
        int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, off, bytes.length - off);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            warnings.add("not UTF-8: decoded as GB18030");
            return new String(bytes, off, bytes.length - off, GB18030);
        }
    }
}
