package org.auditor.model;

import java.math.BigDecimal;

/** Currency units; amounts are compared in 万元. */
public enum MoneyUnit {
    YUAN("元", new BigDecimal("0.0001")),
    WAN_YUAN("万元", BigDecimal.ONE),
    YI_YUAN("亿元", new BigDecimal("10000"));

    private final String label;
    private final BigDecimal toWan;

    MoneyUnit(String label, BigDecimal toWan) { this.label = label; this.toWan = toWan; }

    public String label() { return label; }

    /** Factor that converts a value in this unit into 万元. */
    public BigDecimal toWan() { return toWan; }

    public static MoneyUnit fromLabel(String s) {
        for (MoneyUnit u : values()) if (u.label.equals(s)) return u;
        if ("万".equals(s)) return WAN_YUAN;
        if ("亿".equals(s)) return YI_YUAN;
        return null;
    }
}
