package id.kube.core.member;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The family's entry in the national social-economic register (DTSEN, formerly DTKS), with its welfare
 * decile (1 = poorest tenth) where known.
 */
public record DtsenEntry(String entryId, @Nullable Integer welfareDecile) {

    public DtsenEntry {
        Objects.requireNonNull(entryId, "DTSEN entry");
        entryId = entryId.strip();
        if (entryId.isEmpty() || entryId.length() > 40) {
            throw new MemberRuleException(MemberRuleException.Reason.PERSON_DATA_INVALID,
                    "Nomor DTSEN harus diisi (paling banyak 40 huruf)");
        }
        if (welfareDecile != null && (welfareDecile < 1 || welfareDecile > 10)) {
            throw new MemberRuleException(MemberRuleException.Reason.PERSON_DATA_INVALID,
                    "Desil kesejahteraan harus 1–10, bukan " + welfareDecile);
        }
    }
}
