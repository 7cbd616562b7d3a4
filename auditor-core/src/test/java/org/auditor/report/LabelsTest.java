package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auditor.model.ReportKind;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Labels.of("en").keys()).containsExactlyInAnyOrderElementsOf(Labels.of("zh").keys());
    }

    @Test
    void everyColumnAndEnumHasALabel() {
        for (String lang : new String[] {"zh", "en"}) {
            Labels l = Labels.of(lang);
            Columns.checkColumns(true).forEach(c -> assertThat(l.get(c.key())).isNotBlank());
            Columns.SUMMARY.forEach(c -> assertThat(l.get(c.key())).isNotBlank());
            Columns.RULES.forEach(c -> assertThat(l.get(c.key())).isNotBlank());
            for (Severity s : Severity.values()) assertThat(l.severity(s)).isNotBlank();
            for (ReportKind k : ReportKind.values()) assertThat(l.kind(k)).isNotBlank();
        }
    }

    @Test
    void languageVariantsAndDefault() {
        assertThat(Labels.of(null).lang()).isEqualTo("zh");
        assertThat(Labels.of("zh-CN").lang()).isEqualTo("zh");
        assertThat(Labels.of("EN_us").lang()).isEqualTo("en");
        assertThat(Labels.of("zh").get("sheet.findings")).isEqualTo("问题清单");
        assertThat(Labels.of("zh").fileStatus("weird")).isEqualTo("weird");
        assertThatThrownBy(() -> Labels.of("fr")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zh, en");
        assertThatThrownBy(() -> Labels.of("zh").get("no.such.key")).isInstanceOf(IllegalStateException.class);
    }
}
