package org.auditor.extract.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractor;
import org.auditor.extract.FileType;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.xml.sax.SAXException;

/**
 * Word (DOC, DOCX), OpenDocument text, RTF and HTML through Apache Tika's parsers, streamed into lines by
 * {@link XhtmlLines}. The parser is chosen from the detected content type rather than by Tika's own
 * detection, which would load every parser on the class path. Page headers and footers are left out:
 * they hold running titles and page numbers, not report content. Tika does not pass on merged cells of
 * DOCX tables: {@link WordGrid} puts each cell back in its grid column. Known losses: merged cells of DOC
 * tables (a cell spanning columns counts as one column; HTML and ODT spans are kept); RTF tables become
 * paragraphs.
 */
public final class TikaExtractor implements Extractor {
    private final Parser docx = new OOXMLParser();
    private final Parser doc = new OfficeParser();
    private final Parser html = new JSoupParser();
    private final Parser rtf = new RTFParser();
    private final Parser odt = new OpenDocumentParser();

    /** Tika's HTML mapper drops colspan, which the cell names need to keep columns aligned. */
    private static final HtmlMapper KEEP_CELL_SPANS = new DefaultHtmlMapper() {
        @Override public String mapSafeAttribute(String element, String attribute) {
            boolean cell = "td".equalsIgnoreCase(element) || "th".equalsIgnoreCase(element);
            return cell && "colspan".equalsIgnoreCase(attribute) ? "colspan" : super.mapSafeAttribute(element, attribute);
        }
    };

    @Override public String format() { return "office"; }

    @Override public boolean accepts(FileType type) {
        return type == FileType.DOCX || type == FileType.DOC || type == FileType.HTML || type == FileType.RTF
                || type == FileType.ODT;
    }

    @Override public Document extract(Path file) throws IOException, ExtractionException {
        FileType type = FileType.detect(file);
        if (!accepts(type)) throw new ExtractionException("not a document this extractor reads: " + type);
        String kind = type.name();
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        context.set(HtmlMapper.class, KEEP_CELL_SPANS);
        XhtmlLines handler = new XhtmlLines(type == FileType.HTML);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parserFor(type).parse(in, handler, new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("password-protected " + kind + " document: save it without a password and retry", e);
        } catch (TikaException | SAXException | RuntimeException e) { // POI reports damaged files with unchecked exceptions
            throw new ExtractionException("damaged or unreadable " + kind + " file: " + rootMessage(e), e);
        }
        List<TextLine> lines = type == FileType.DOCX ? WordGrid.columns(file, handler.lines()) : handler.lines();
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new ExtractionException("no text in this " + kind + " file (it may hold only images or scans)");
        }
        return new Document(file.toString(), kind.toLowerCase(Locale.ROOT), 0, lines, List.of());
    }

    private Parser parserFor(FileType type) {
        return switch (type) {
            case DOCX -> docx;
            case DOC -> doc;
            case HTML -> html;
            case RTF -> rtf;
            case ODT -> odt;
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
