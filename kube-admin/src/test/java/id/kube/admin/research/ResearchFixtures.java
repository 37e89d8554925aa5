package id.kube.admin.research;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.IndicatorComputation;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.Period;
import id.kube.core.member.Member;
import id.kube.core.survey.FoodSecurity;
import id.kube.core.survey.HouseholdSurvey;
import id.kube.core.survey.IncomeSource;
import id.kube.testing.KubeFixtures;

/** Groups with real people (names, NIKs) whose indicators are computed and stored, and one surveyed household. */
final class ResearchFixtures {

    static final AsOf AS_OF = new AsOf(LocalDate.of(2025, 6, 30));
    static final List<Period> MONTHS = List.of(Period.month(2025, 4), Period.month(2025, 5), Period.month(2025, 6));

    private ResearchFixtures() {
    }

    /** A group and what identifies its people: names, NIKs, family card numbers, phones, street addresses. */
    record GroupWithPeople(GroupId group, String name, List<String> identifiers) {
    }

    /** An active group of ten in Mas, Ubud, its April–June indicators stored as of 30 June 2025. */
    static GroupWithPeople groupWithIndicators(DSLContext dsl, String name) {
        KubeCore core = KubeFixtures.core(dsl);
        int firstPerson = KubeFixtures.freshPeople(10);
        GroupId g = KubeFixtures.activeGroup(core, name, 10, firstPerson);
        List<String> identifiers = new java.util.ArrayList<>();
        for (int n = firstPerson; n < firstPerson + 10; n++) {
            var person = KubeFixtures.person(n, KubeFixtures.MAS_UBUD);
            identifiers.add(person.fullName());
            identifiers.add(person.nik().value());
            identifiers.add(person.familyCard().value());
            identifiers.add(person.phone());
            identifiers.add(person.address().line());
        }
        Member first = core.members().activeMembers(g).getFirst();
        core.surveys().record(KubeFixtures.FACILITATOR, new HouseholdSurvey(g, first.id(), 0,
                LocalDate.of(2025, 5, 10), "Ayu", 4, 1_800_000, 400_000, 100_000, Set.of(IncomeSource.KUBE), true, 2,
                2, true, false, true, true, true, true, true, false, FoodSecurity.SECURE, 3, false));
        IndicatorComputation computation = new IndicatorComputation(dsl, BooksFigures.unavailable());
        IndicatorSnapshots snapshots = new IndicatorSnapshots(dsl);
        for (Period month : MONTHS) {
            snapshots.save(computation.compute(g, month, AS_OF));
        }
        return new GroupWithPeople(g, name, identifiers);
    }
}
