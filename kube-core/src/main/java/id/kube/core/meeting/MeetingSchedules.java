package id.kube.core.meeting;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEETING_SCHEDULE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;

/**
 * How many meetings a month the group's rules schedule, from a month on (meeting regularity = meetings held ÷
 * meetings scheduled). A change is a new row from a later month; a month's schedule is set once.
 */
public final class MeetingSchedules {

    private final DSLContext dsl;
    private final Clock clock;

    public MeetingSchedules(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Sets the schedule from {@code fromMonth} (first day of a month) on.
     *
     * @throws MeetingRuleException INVALID_SCHEDULE when the month does not start on day 1, the count is not 1..8
     *                              or the group already has a schedule from that month
     */
    public void schedule(Actor actor, GroupId group, LocalDate fromMonth, int meetingsPerMonth) {
        if (fromMonth.getDayOfMonth() != 1) {
            throw new MeetingRuleException(MeetingRuleException.Reason.INVALID_SCHEDULE,
                    "Jadwal berlaku mulai tanggal 1 suatu bulan, bukan " + fromMonth);
        }
        if (meetingsPerMonth < 1 || meetingsPerMonth > 8) {
            throw new MeetingRuleException(MeetingRuleException.Reason.INVALID_SCHEDULE,
                    "Jumlah pertemuan per bulan harus 1 sampai 8, bukan " + meetingsPerMonth);
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(KUBE_GROUP, KUBE_GROUP.ID.eq(group.value()))) {
                throw new MeetingRuleException(MeetingRuleException.Reason.GROUP_NOT_FOUND, "Kelompok tidak ditemukan");
            }
            if (tx.fetchExists(MEETING_SCHEDULE, MEETING_SCHEDULE.GROUP_ID.eq(group.value()),
                    MEETING_SCHEDULE.EFFECTIVE_FROM.eq(fromMonth))) {
                throw new MeetingRuleException(MeetingRuleException.Reason.INVALID_SCHEDULE,
                        "Jadwal pertemuan mulai " + fromMonth + " sudah dicatat; ubah mulai bulan berikutnya");
            }
            tx.insertInto(MEETING_SCHEDULE)
                    .set(MEETING_SCHEDULE.GROUP_ID, group.value())
                    .set(MEETING_SCHEDULE.EFFECTIVE_FROM, fromMonth)
                    .set(MEETING_SCHEDULE.MEETINGS_PER_MONTH, (short) meetingsPerMonth)
                    .set(MEETING_SCHEDULE.RECORDED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .set(MEETING_SCHEDULE.RECORDED_BY, actor.name())
                    .execute();
        });
    }

    /** Meetings a month scheduled in the month of {@code date}, if any schedule applies. */
    public Optional<Integer> meetingsPerMonth(GroupId group, LocalDate date) {
        return dsl.select(MEETING_SCHEDULE.MEETINGS_PER_MONTH).from(MEETING_SCHEDULE)
                .where(MEETING_SCHEDULE.GROUP_ID.eq(group.value()),
                        MEETING_SCHEDULE.EFFECTIVE_FROM.le(date.withDayOfMonth(1)))
                .orderBy(MEETING_SCHEDULE.EFFECTIVE_FROM.desc()).limit(1)
                .fetchOptional(r -> r.value1().intValue());
    }
}
