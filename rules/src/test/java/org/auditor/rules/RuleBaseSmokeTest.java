package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleRunner;
import org.auditor.model.*;
import org.junit.jupiter.api.Test;

class RuleBaseSmokeTest {
    @Test
    void compilesAndRunsOnRecords() {
        long t0 = System.nanoTime();
        RuleBase rb = RuleBase.builtIn();
        System.out.println("build ms " + (System.nanoTime() - t0) / 1e6);
        Location l = new Location("f", 0, 1, 0, 1, "s", "", null);
        Concept c = new Concept("income.total", Scope.ALL_FUNDS, Period.CURRENT);
        Quantity a = new Quantity("q1", Printed.of("10.00"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "收入合计", c, l, false);
        Quantity b = new Quantity("q2", Printed.of("12.00"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "收入合计", c, l, false);
        Quantity p1 = new Quantity("q3", Printed.of("4.00"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "x", null, l, false);
        Quantity p2 = new Quantity("q4", Printed.of("6.00"), QuantityKind.AMOUNT, MoneyUnit.YUAN, "元", "y", null, l, false);
        Breakdown bd = new Breakdown("c1", Breakdown.Basis.LIST, a, List.of(p1, p2));
        Report r = new Report("f", ReportKind.FINAL_ACCOUNTS, List.of(), "e", 2020, List.of(), List.of(a, b, p1, p2), List.of(bd), List.of());
        RuleRunner rr = new RuleRunner(rb);
        t0 = System.nanoTime();
        List<Check> checks = rr.run(r);
        System.out.println("run ms " + (System.nanoTime() - t0) / 1e6);
        checks.forEach(System.out::println);
        assertThat(checks).extracting(Check::ruleId).contains("XSEC-001", "SUM-001", "UNIT-001");
    }
}
