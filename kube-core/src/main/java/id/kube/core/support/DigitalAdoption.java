package id.kube.core.support;

import static id.kube.core.support.SupportException.check;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import id.kube.core.group.GroupId;

/**
 * The group's digital adoption as assessed on a date.
 *
 * @param channels upper-case codes of the channels in use, e.g. SHOPEE, TOKOPEDIA, WHATSAPP, QRIS; selling online
 *                 or taking digital payments needs at least one
 */
public record DigitalAdoption(GroupId group, LocalDate assessedOn, boolean sellsOnline, boolean digitalPayments,
                              Set<String> channels) {

    public DigitalAdoption {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(assessedOn, "assessedOn");
        channels = Set.copyOf(new TreeSet<>(Objects.requireNonNull(channels, "channels")));
        for (String c : channels) {
            check(c.matches("[A-Z0-9_]{1,40}"), "Kanal harus kode huruf besar (mis. SHOPEE, QRIS), bukan '" + c + "'");
        }
        check((sellsOnline || digitalPayments) == !channels.isEmpty(), sellsOnline || digitalPayments
                ? "Sebutkan kanal yang dipakai (mis. SHOPEE, WHATSAPP, QRIS)"
                : "Kanal hanya diisi bila kelompok berjualan daring atau menerima pembayaran digital");
        check(String.join(",", channels).length() <= 400, "Daftar kanal paling banyak 400 huruf");
    }

    /** Channels in the stored form: sorted, comma separated. */
    public String channelsText() {
        return String.join(",", new TreeSet<>(channels));
    }
}
