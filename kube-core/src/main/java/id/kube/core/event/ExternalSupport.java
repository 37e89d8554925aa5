package id.kube.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import javax.money.MonetaryAmount;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;

/**
 * Support received from outside the group: cash, or in kind valued in rupiah (whole rupiah, more than zero).
 *
 * @param partnership the partnership it came through, if any
 */
public record ExternalSupport(GroupId group, @Nullable UUID partnership, SupportSource source, String sourceName,
                              LocalDate receivedOn, boolean inKind, MonetaryAmount value, String description) {
    public ExternalSupport {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(value, "value");
        sourceName = EventException.text(sourceName, "Nama pemberi dukungan", 200);
        description = EventException.text(description, "Uraian dukungan", 2000);
        EventException.check(Rupiah.toLong(value) > 0, "Nilai dukungan harus lebih dari Rp0"
                + (inKind ? " (taksir nilai barang/jasa dalam rupiah)" : ""));
    }

    public long valueRupiah() {
        return Rupiah.toLong(value);
    }
}
