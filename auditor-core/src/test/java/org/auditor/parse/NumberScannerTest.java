package org.auditor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.model.MoneyUnit;
import org.auditor.model.QuantityKind;
import org.junit.jupiter.api.Test;

class NumberScannerTest {
    final NumberScanner scanner = new NumberScanner(Vocabulary.standard());

    List<String> numbers(String s) { return scanner.scan(s).stream().map(NumberToken::text).toList(); }

    @Test
    void amountsPercentagesCountsAndScoresWithTheirUnits() {
        List<NumberToken> t = scanner.scan("收入合计3032.83万元，占98.55%；共有车辆8辆，接待1729人次，得分94分，13.52元");
        assertThat(t).extracting(NumberToken::text).containsExactly("3032.83", "98.55", "8", "1729", "94", "13.52");
        assertThat(t).extracting(NumberToken::kind).containsExactly(QuantityKind.AMOUNT, QuantityKind.PERCENT, QuantityKind.COUNT,
                QuantityKind.COUNT, QuantityKind.SCORE, QuantityKind.AMOUNT);
        assertThat(t.get(0).unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(t.get(5).unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(t.get(3).unitText()).isEqualTo("人次");
    }

    @Test
    void yearsDatesCodesOrdinalsAndDocumentNumbersAreNotQuantities() {
        assertThat(numbers("截至2019年12月31日，2019年度收入")).isEmpty();
        assertThat(numbers("一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）")).isEmpty();
        assertThat(numbers("1.一般公共服务支出决算为1706.51万元")).containsExactly("1706.51");
        assertThat(numbers("（2）公务接待费")).isEmpty();
        assertThat(numbers("根据“峨财预（2019）002号”文件")).isEmpty();
        assertThat(numbers("科目2010301行政运行")).isEmpty();
        assertThat(numbers("第3季度")).isEmpty();
    }

    @Test
    void bareNumbersAreKeptForTheContextToDecide() {
        List<NumberToken> t = scanner.scan("卫生健康（类）支出134.5，占4.13%");
        assertThat(t.get(0).bare()).isTrue();
        assertThat(t.get(1).kind()).isEqualTo(QuantityKind.PERCENT);
    }
}
