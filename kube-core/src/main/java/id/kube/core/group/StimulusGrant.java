package id.kube.core.group;

import java.time.LocalDate;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;

/**
 * The government stimulus grant (bantuan stimulan) the group received. The amount is a parameter: it differs
 * by year and scheme, so it is recorded as given, in whole rupiah.
 */
public record StimulusGrant(MonetaryAmount amount, LocalDate receivedOn, String scheme) {

    public StimulusGrant {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedOn, "received on");
        Objects.requireNonNull(scheme, "scheme");
        if (Rupiah.toLong(amount) <= 0) {
            throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                    "Jumlah bantuan stimulan harus lebih dari nol");
        }
        scheme = scheme.strip();
        if (scheme.isEmpty() || scheme.length() > 200) {
            throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                    "Skema/program bantuan stimulan harus diisi (mis. 'BLT KUBE Kemensos 2025')");
        }
    }
}
