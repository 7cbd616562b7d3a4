package org.auditor.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small office files written by the tests themselves, so every format case is a file the test controls. */
public final class TestFiles {
    private TestFiles() {}

    public static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    public static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** A one-paragraph DOCX. */
    public static Path docx(Path dir, String name, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return dir.resolve(name);
    }

    /** A one-cell XLSX. */
    public static Path xlsx(Path dir, String name, String text) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            book.createSheet("表1").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
        }
        return dir.resolve(name);
    }

    /** A one-cell Excel 97-2003 workbook. */
    public static Path xls(Path dir, String name, String text) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            book.createSheet("表1").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
        }
        return dir.resolve(name);
    }

    /** An OLE2 container holding one stream of the given name (what tells DOC from XLS). */
    public static Path ole2(Path dir, String name, String streamName) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), streamName);
            fs.writeFilesystem(out);
        }
        return dir.resolve(name);
    }

    /** A DOCX encrypted with a password, the way Word saves it (an OLE2 container with an EncryptedPackage). */
    public static Path encryptedDocx(Path dir, String name, String text) throws Exception {
        Path plain = docx(dir, name + ".plain", text);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) { Files.copy(plain, os); }
            fs.writeFilesystem(out);
        }
        Files.delete(plain);
        return dir.resolve(name);
    }

    /** A zip archive of the given entries; ODF wants its mimetype entry first and stored, as real ODT files do. */
    public static Path zip(Path dir, String name, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return dir.resolve(name);
    }

    /** A minimal OpenDocument text file whose body is the given {@code <office:text>} content. */
    public static Path odt(Path dir, String name, String officeTextXml) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """);
        entries.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                 <office:body><office:text>%s</office:text></office:body>
                </office:document-content>
                """.formatted(officeTextXml));
        return zip(dir, name, entries);
    }
}
