package id.kube.core.event;

import java.time.LocalDate;
import java.util.Objects;

import javax.money.MonetaryAmount;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;

/**
 * What the group gave its community on a date, and how many non-members took part.
 *
 * @param value rupiah value if it can be stated (null when not valued; never a guessed zero)
 */
public record CommunityContribution(GroupId group, LocalDate contributedOn, String description,
                                    @Nullable MonetaryAmount value, int nonMemberParticipants) {
    public CommunityContribution {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(contributedOn, "contributedOn");
        description = EventException.text(description, "Uraian kegiatan", 2000);
        EventException.check(value == null || Rupiah.toLong(value) >= 0, "Nilai kontribusi tidak boleh negatif");
        EventException.check(nonMemberParticipants >= 0 && nonMemberParticipants <= 100_000,
                "Jumlah peserta bukan anggota harus 0 sampai 100.000, bukan " + nonMemberParticipants);
    }
}
