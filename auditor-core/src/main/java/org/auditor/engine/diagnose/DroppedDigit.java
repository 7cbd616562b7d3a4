package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;

/** One digit left out ("246.85" for "2146.85"): every number with one more digit is a reading. */
public final class DroppedDigit extends DigitTypo {
    public DroppedDigit() { super(Diagnosis.Kind.DROPPED_DIGIT, 0.6); }

    @Override List<String> meant(Digits d) {
        List<String> out = new ArrayList<>();
        String s = d.digits();
        for (char digit = '0'; digit <= '9'; digit++) {
            for (int i = 0; i <= d.point(); i++) // into the whole part
                out.add(new Digits(s.substring(0, i) + digit + s.substring(i), d.point() + 1).text());
            for (int i = d.point(); i <= s.length(); i++) // into the decimals
                out.add(new Digits(s.substring(0, i) + digit + s.substring(i), d.point()).text());
        }
        return out;
    }

    @Override String slip(Quantity printed, Quantity meant) { return "漏写了一位数字"; }

    /** A one-digit number has a reading for nearly every small gap: too many to mean anything. */
    @Override boolean applies(Digits printed) { return printed.digits().replaceFirst("^0+", "").length() >= 2; }
}
