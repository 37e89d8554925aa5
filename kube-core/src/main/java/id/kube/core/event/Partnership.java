package id.kube.core.event;

import java.time.LocalDate;
import java.util.Objects;

import id.kube.core.group.GroupId;

/** An external partnership that starts on a date (it ends through {@link GroupEvents#endPartnership}). */
public record Partnership(GroupId group, PartnerType type, String partnerName, LocalDate startedOn,
                          String description) {
    public Partnership {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startedOn, "startedOn");
        partnerName = EventException.text(partnerName, "Nama mitra", 200);
        description = EventException.text(description, "Uraian kemitraan", 2000);
    }
}
