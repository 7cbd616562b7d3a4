package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;

/** Two adjacent digits swapped ("2416.85" for "2146.85"): the two numbers differ by a multiple of 9. */
public final class Transposition extends DigitTypo {
    public Transposition() { super(Diagnosis.Kind.TRANSPOSITION, 0.8); }

    @Override List<String> meant(Digits d) {
        List<String> out = new ArrayList<>();
        char[] s = d.digits().toCharArray();
        for (int i = 0; i + 1 < s.length; i++) {
            if (s[i] == s[i + 1] || !d.sameSide(i)) continue;
            char[] t = s.clone();
            t[i] = s[i + 1];
            t[i + 1] = s[i];
            out.add(new Digits(new String(t), d.point()).text());
        }
        return out;
    }

    @Override String slip(Quantity printed, Quantity meant) {
        return "相邻两位数字颠倒，两数相差 " + Texts.plain(meant.number().value().subtract(printed.number().value()).abs(),
                printed.number().decimals()) + "，为 9 的倍数";
    }
}
