package id.kube.ledger.journal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * SHA-256 of an entry's content (what the idempotency key stands for) and of its link in the group's chain:
 * {@code hash = SHA-256(prevHash, groupId, entryNo, idempotencyKey, contentHash, bookedAt)}. The verifier
 * recomputes both from the stored rows, so changing any stored field breaks the chain at that entry.
 */
public final class EntryHashes {

    public static final byte[] GENESIS = new byte[32];

    /** A leg as hashed: account code and debit-positive amount, in leg order. */
    public record HashedLeg(String accountCode, long signedAmount) {
    }

    private EntryHashes() {
    }

    public static byte[] content(UUID groupId, String kind, LocalDate valueDate, String description, @Nullable UUID memberId,
                                 String postedBy, @Nullable Long reversesEntryNo, List<HashedLeg> legs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 + legs.size() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            uuid(out, groupId);
            out.writeUTF(kind);
            out.writeLong(valueDate.toEpochDay());
            out.writeUTF(description);
            out.writeBoolean(memberId != null);
            if (memberId != null) {
                uuid(out, memberId);
            }
            out.writeUTF(postedBy);
            out.writeLong(reversesEntryNo == null ? 0 : reversesEntryNo);
            out.writeInt(legs.size());
            for (HashedLeg leg : legs) {
                out.writeUTF(leg.accountCode());
                out.writeLong(leg.signedAmount());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(bytes.toByteArray());
    }

    public static byte[] link(byte[] prevHash, UUID groupId, long entryNo, String idempotencyKey, byte[] contentHash, Instant bookedAt) {
        MessageDigest digest = sha256();
        digest.update(prevHash);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            uuid(out, groupId);
            out.writeLong(entryNo);
            out.writeUTF(idempotencyKey);
            out.write(contentHash);
            out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, bookedAt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(bytes.toByteArray());
        return digest.digest();
    }

    private static void uuid(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
