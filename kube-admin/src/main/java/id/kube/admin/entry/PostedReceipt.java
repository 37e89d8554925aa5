package id.kube.admin.entry;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.ledger.receipt.Kuitansi;

/**
 * What a posting returns to the form: the journal entry number, whether it was a replay of the same form (a double
 * click or retry, nothing new written), the kuitansi when money changed hands, and extra lines to show (e.g. how
 * a repayment was allocated), as (text key, value) pairs.
 */
public record PostedReceipt(long entryNo, boolean replayed, @Nullable Kuitansi kuitansi, List<Detail> details) {

    /** One extra line: the text key of its label and the value shown. */
    public record Detail(String labelKey, String value) {
    }

    public PostedReceipt {
        details = List.copyOf(details);
    }
}
