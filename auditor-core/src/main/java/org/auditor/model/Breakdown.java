package org.auditor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A total and the parts that must add up to it.
 *
 * @param basis how the text expresses it: {@code LIST} ("合计X，其中：A…；B…"), {@code HIERARCHY}
 *              (a 类 total and the 项 items listed under it), {@code BALANCE} (收入 + 年初结转 = 总计 …),
 *              {@code TABLE} (a table column: 合计 row = Σ 类, 类 = Σ 款, 款 = Σ 项), {@code TABLE_ROW} (a table
 *              row: the 合计 column = Σ the columns it is made of), {@code TABLE_ITEMS} (named items of a
 *              table: 三公 合计 = 出国 + 公车 + 接待)
 */
public record Breakdown(String id, Basis basis, Quantity total, List<Quantity> parts) implements Claim {
    public enum Basis { LIST, HIERARCHY, BALANCE, TABLE, TABLE_ROW, TABLE_ITEMS, TABLE_BOUND }

    public Breakdown { parts = List.copyOf(parts); }

    @Override public Location location() { return total.location(); }

    @Override public List<Quantity> quantities() {
        List<Quantity> all = new ArrayList<>();
        all.add(total);
        all.addAll(parts);
        return all;
    }
}
