package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportWritersTest {

    @Test
    void writersForSeveralFormatsInTheOrderGiven() {
        assertThat(ReportWriters.forFormats("xlsx,html,json")).extracting(ReportWriter::format).containsExactly("xlsx", "html", "json");
        assertThat(ReportWriters.forFormats(" CSV , json,csv,")).extracting(ReportWriter::format).containsExactly("csv", "json");
        assertThat(ReportWriters.forFormat("json")).isInstanceOf(JsonReportWriter.class);
        assertThat(ReportWriters.forFormat("xlsx").extension()).isEqualTo("xlsx");
        assertThat(ReportWriters.known()).containsExactly("json", "csv", "xlsx", "html");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ReportWriters.forFormats("xlsx,pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf'; known formats: json, csv, xlsx, html");
        assertThatThrownBy(() -> ReportWriters.forFormats(" , ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known formats: json, csv, xlsx, html");
    }

    @Test
    void everyKnownFormatWritesTheSameRun() throws Exception {
        for (ReportWriter w : ReportWriters.forFormats(String.join(",", ReportWriters.known()))) {
            var out = new java.io.ByteArrayOutputStream();
            w.write(Samples.results(), Samples.run(true, "zh"), out);
            assertThat(out.size()).as(w.format()).isGreaterThan(1000);
        }
    }
}
