package org.auditor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content decides the type; the extension only words the error when the content is not what the name says. */
class FileTypeTest {
    @TempDir Path dir;

    @Test void emptyFileIsEmptyWithAClearError() throws Exception {
        Path p = TestFiles.write(dir, "report.pdf", new byte[0]);
        assertThat(FileType.identify(p).type()).isEqualTo(FileType.EMPTY);
        assertThatThrownBy(() -> Extractors.standard().extract(p))
                .isInstanceOf(ExtractionException.class).hasMessage("empty file (0 bytes)");
    }

    @Test void pdfByItsHeaderWhateverItsName() throws Exception {
        assertThat(FileType.detect(TestFiles.write(dir, "a.docx", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"))).isEqualTo(FileType.PDF);
        assertThat(FileType.detect(TestFiles.write(dir, "b.pdf", "\r\n\r\n%PDF-1.4\n"))).isEqualTo(FileType.PDF);
    }

    @Test void aPdfThatIsReallyHtmlIsReadAsHtml() throws Exception {
        Path p = TestFiles.write(dir, "决算.pdf", "\uFEFF<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>页</title></head>"
                + "<body><p>收入合计 1,234.56 万元</p></body></html>");
        assertThat(FileType.identify(p)).isEqualTo(new FileType.Detection(FileType.HTML, null));
        var doc = Extractors.standard().extract(p);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.lines()).extracting(l -> l.text()).containsExactly("收入合计1234.56万元");
    }

    @Test void htmlFragmentsAndGbkPagesAreHtml() throws Exception {
        assertThat(FileType.detect(TestFiles.write(dir, "x.xls", "  <html xmlns:o=\"urn:schemas-microsoft-com:office:office\">")))
                .isEqualTo(FileType.HTML);
        assertThat(FileType.detect(TestFiles.write(dir, "y.doc", "<!-- saved from url -->\n<html><body>")))
                .isEqualTo(FileType.HTML);
        byte[] gbk = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>财政拨款</p>"
                .getBytes(Charset.forName("GBK"));
        assertThat(FileType.detect(TestFiles.write(dir, "z.htm", gbk))).isEqualTo(FileType.HTML);
    }

    @Test void aDocxThatIsNotAZipIsRefusedWithTheReason() throws Exception {
        Path p = TestFiles.write(dir, "report.docx", "本部门2019年度收入合计3032.83万元");
        FileType.Detection d = FileType.identify(p);
        assertThat(d.type()).isEqualTo(FileType.UNKNOWN);
        assertThat(d.problem()).contains("report.docx").contains("not a zip archive");
        assertThatThrownBy(() -> Extractors.standard().extract(p)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("not a zip archive");
    }

    @Test void binaryNamesWithForeignContentAreRefused() throws Exception {
        assertThat(FileType.identify(TestFiles.write(dir, "a.pdf", "just text")).problem()).contains("no %PDF- header");
        assertThat(FileType.identify(TestFiles.write(dir, "a.xls", "just text")).problem()).contains("not an Office 97-2003 file");
        // text formats keep being text whatever they are called
        assertThat(FileType.detect(TestFiles.write(dir, "a.txt", "收入 100 万元"))).isEqualTo(FileType.TEXT);
        assertThat(FileType.detect(TestFiles.write(dir, "a.html", "收入 100 万元"))).isEqualTo(FileType.TEXT);
    }

    @Test void zipContainersAreToldApartByWhatIsInside() throws Exception {
        assertThat(FileType.detect(TestFiles.docx(dir, "is-word.xlsx", "正文"))).isEqualTo(FileType.DOCX);
        assertThat(FileType.detect(TestFiles.xlsx(dir, "is-excel.docx", "单元格"))).isEqualTo(FileType.XLSX);
        assertThat(FileType.detect(TestFiles.odt(dir, "is-odt.docx", "<text:p>正文</text:p>"))).isEqualTo(FileType.ODT);
    }

    @Test void otherZipsAreRefusedWithTheirKind() throws Exception {
        Map<String, String> ods = new LinkedHashMap<>();
        ods.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        ods.put("content.xml", "<x/>");
        assertThat(FileType.identify(TestFiles.zip(dir, "sheet.odt", ods)).problem())
                .contains("application/vnd.oasis.opendocument.spreadsheet").contains("not supported");
        assertThat(FileType.identify(TestFiles.zip(dir, "photos.docx", Map.of("a.jpg", "xx"))).problem())
                .isEqualTo("zip archive that is not an Office or OpenDocument file");
        assertThat(FileType.identify(TestFiles.zip(dir, "slides.docx",
                Map.of("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"))).problem())
                .isEqualTo("PowerPoint files are not supported");
        byte[] truncated = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
        assertThat(FileType.identify(TestFiles.write(dir, "cut.docx", truncated)).problem()).startsWith("damaged or truncated zip");
    }

    @Test void ole2ContainersAreToldApartByTheirStreams() throws Exception {
        assertThat(FileType.detect(TestFiles.ole2(dir, "word.xls", "WordDocument"))).isEqualTo(FileType.DOC);
        assertThat(FileType.detect(TestFiles.xls(dir, "excel.doc", "单元格"))).isEqualTo(FileType.XLS);
        assertThat(FileType.identify(TestFiles.ole2(dir, "other.doc", "Contents")).problem())
                .contains("neither a Word document nor an Excel workbook");
    }

    @Test void passwordProtectedOfficeFilesSaySo() throws Exception {
        Path p = TestFiles.encryptedDocx(dir, "locked.docx", "机密");
        assertThat(FileType.identify(p).problem()).startsWith("password-protected Office document");
    }

    @Test void rtfByItsSignature() throws Exception {
        assertThat(FileType.detect(TestFiles.write(dir, "r.doc", "{\\rtf1\\ansi 100}"))).isEqualTo(FileType.RTF);
    }
}
