package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.List;

import org.auditor.extract.FileType;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {
    @Test
    void pageListsAreWrittenAsRanges() {
        assertThat(PdfExtractor.ranges(new TreeSet<>(List.of(1, 2, 3, 7, 9, 10)))).isEqualTo("1-3, 7, 9-10");
        assertThat(PdfExtractor.ranges(new TreeSet<>(List.of(4)))).isEqualTo("4");
    }

    @Test
    void acceptsPdfOnly() {
        assertThat(new PdfExtractor().accepts(FileType.PDF)).isTrue();
        assertThat(new PdfExtractor().accepts(FileType.TEXT)).isFalse();
        assertThat(new PdfExtractor().format()).isEqualTo("pdf");
    }
}
