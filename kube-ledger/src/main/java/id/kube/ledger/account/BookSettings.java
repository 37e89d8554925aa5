package id.kube.ledger.account;

import java.util.Objects;

/**
 * A group's book settings. Books are always kept in whole rupiah (the schema pins it); what a group chooses is
 * its {@link OverpaymentPolicy}.
 */
public record BookSettings(OverpaymentPolicy overpaymentPolicy) {

    public static final BookSettings DEFAULT = new BookSettings(OverpaymentPolicy.REJECT);

    public BookSettings {
        Objects.requireNonNull(overpaymentPolicy, "overpayment policy");
    }
}
