package org.auditor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditor.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {
    static final String TEXT = "2019年度收入合计3032.83万元，其中：财政拨款收入2988.83万元。\n第二行";

    @Test
    void readsUtf8WithAndWithoutBom(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Path bom = dir.resolve("b.txt");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        for (Path p : new Path[] {plain, bom}) {
            Document d = new TextExtractor().extract(p);
            assertThat(d.lines()).hasSize(2);
            assertThat(d.lines().get(0).text()).startsWith("2019年度收入合计");
            assertThat(d.lines().get(1).line()).isEqualTo(2);
            assertThat(d.warnings()).isEmpty();
        }
    }

    @Test
    void detectsGbkAndGb18030(@TempDir Path dir) throws Exception {
        for (String cs : new String[] {"GBK", "GB18030"}) {
            Path p = dir.resolve(cs + ".txt");
            Files.write(p, TEXT.getBytes(Charset.forName(cs)));
            Document d = new TextExtractor().extract(p);
            assertThat(d.lines().get(0).text()).isEqualTo("2019年度收入合计3032.83万元，其中：财政拨款收入2988.83万元。");
            assertThat(d.warnings()).anyMatch(w -> w.contains("GB18030"));
        }
    }

    @Test
    void emptyAndBinaryFilesAreClearErrors(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> Extractors.standard().extract(empty)).isInstanceOf(ExtractionException.class).hasMessageContaining("empty");
        Path fakePdf = Files.writeString(dir.resolve("fake.pdf"), "not a pdf at all");
        assertThatThrownBy(() -> Extractors.standard().extract(fakePdf)).isInstanceOf(ExtractionException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
