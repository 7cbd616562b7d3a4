package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;

/** One digit typed twice ("21446.85" for "2146.85"): each repeated digit, once, is a reading. */
public final class DoubledDigit extends DigitTypo {
    public DoubledDigit() { super(Diagnosis.Kind.DOUBLED_DIGIT, 0.65); }

    @Override List<String> meant(Digits d) {
        List<String> out = new ArrayList<>();
        String s = d.digits();
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) != s.charAt(i + 1) || !d.sameSide(i)) continue;
            out.add(new Digits(s.substring(0, i) + s.substring(i + 1), i < d.point() ? d.point() - 1 : d.point()).text());
        }
        return out;
    }

    @Override String slip(Quantity printed, Quantity meant) { return "多写了一位重复的数字"; }
}
