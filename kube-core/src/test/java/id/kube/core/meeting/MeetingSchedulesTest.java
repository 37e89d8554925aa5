package id.kube.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class MeetingSchedulesTest {

    @Test
    void theScheduleAppliesFromItsMonthAndIsSetOncePerMonth(DSLContext dsl) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        MeetingSchedules schedules = new MeetingSchedules(dsl, Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"),
                ZoneOffset.UTC));
        Actor ketua = Actor.of("ketua");
        assertThatThrownBy(() -> schedules.schedule(ketua, g, LocalDate.of(2025, 1, 15), 2))
                .hasMessage("Jadwal berlaku mulai tanggal 1 suatu bulan, bukan 2025-01-15");
        assertThatThrownBy(() -> schedules.schedule(ketua, g, LocalDate.of(2025, 1, 1), 9))
                .hasMessage("Jumlah pertemuan per bulan harus 1 sampai 8, bukan 9");
        schedules.schedule(ketua, g, LocalDate.of(2025, 1, 1), 2);
        schedules.schedule(ketua, g, LocalDate.of(2025, 4, 1), 4);
        assertThatThrownBy(() -> schedules.schedule(ketua, g, LocalDate.of(2025, 4, 1), 1))
                .hasMessageContaining("sudah dicatat");
        assertThat(schedules.meetingsPerMonth(g, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(schedules.meetingsPerMonth(g, LocalDate.of(2025, 3, 31))).contains(2);
        assertThat(schedules.meetingsPerMonth(g, LocalDate.of(2025, 4, 2))).contains(4);
    }
}
