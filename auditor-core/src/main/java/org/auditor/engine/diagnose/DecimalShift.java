package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;

/** The decimal point one to three places off ("257.549" or "25754.9" for "2575.49"). */
public final class DecimalShift extends DigitTypo {
    public DecimalShift() { super(Diagnosis.Kind.DECIMAL_SHIFT, 0.75); }

    @Override List<String> meant(Digits d) {
        List<String> out = new ArrayList<>();
        for (int k = -3; k <= 3; k++) if (k != 0) out.add(d.withPointAt(d.point() + k));
        return out;
    }

    @Override String slip(Quantity printed, Quantity meant) { return "小数点位置错误"; }
}
