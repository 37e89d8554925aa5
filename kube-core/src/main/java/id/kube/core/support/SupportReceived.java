package id.kube.core.support;

import static id.kube.core.support.SupportException.check;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * A training, certification or market access the group received, validated on construction (the database
 * checks the same rules again).
 *
 * @param topic        upper-case code, e.g. {@code DIGITAL_MARKETING}; a certification is P_IRT, HALAL or BPOM
 * @param providerName the office, university or company that gave it
 * @param participants members who took part (may be empty for a certification of the group's product)
 */
public record SupportReceived(GroupId group, SupportKind kind, String topic, Agency agency, String providerName,
                              LocalDate startedOn, LocalDate endedOn, @Nullable String notes,
                              Set<MemberId> participants) {

    public SupportReceived {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(endedOn, "endedOn");
        check(topic != null && topic.matches("[A-Z_]{1,40}"),
                "Topik harus kode huruf besar (mis. DIGITAL_MARKETING), bukan '" + topic + "'");
        check(kind.allows(topic), "Sertifikasi hanya P_IRT, HALAL atau BPOM, bukan " + topic);
        check(providerName != null && !providerName.isBlank() && providerName.strip().length() <= 200,
                "Nama penyelenggara harus diisi (paling banyak 200 huruf)");
        providerName = providerName.strip();
        check(!endedOn.isBefore(startedOn), "Tanggal selesai " + endedOn + " sebelum tanggal mulai " + startedOn);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        check(notes == null || notes.length() <= 2000, "Catatan paling banyak 2000 huruf");
        participants = Set.copyOf(Objects.requireNonNull(participants, "participants"));
        check(kind == SupportKind.CERTIFICATION || !participants.isEmpty(),
                "Pelatihan dan akses pasar harus mencatat minimal satu anggota peserta");
    }
}
