package id.kube.core.member;

import static id.kube.testing.KubeFixtures.MAS_UBUD;
import static id.kube.testing.KubeFixtures.TODAY;
import static id.kube.testing.KubeFixtures.TREASURER;
import static id.kube.testing.KubeFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.testing.KubeFixtures;
import id.kube.testing.TestDatabase;

@TestDatabase
class ConcurrentMembershipTest {

    @Test
    void twoTransactionsAddingTheSameNikToTwoGroupsExactlyOneWins(DSLContext dsl) throws Exception {
        KubeCore core = KubeFixtures.core(dsl);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                GroupId a = KubeFixtures.formingGroup(core, "Race A" + round, 0);
                GroupId b = KubeFixtures.formingGroup(core, "Race B" + round, 0);
                PersonDetails person = person(KubeFixtures.freshPeople(1), MAS_UBUD);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<MemberRegistration>> attempts = new ArrayList<>();
                for (GroupId group : List.of(a, b)) {
                    attempts.add(pool.submit(() -> {
                        start.await(5, TimeUnit.SECONDS);
                        return core.members().addMember(TREASURER, group, person, TODAY);
                    }));
                }
                List<MemberRegistration> wins = new ArrayList<>();
                List<MemberRuleException> losses = new ArrayList<>();
                for (Future<MemberRegistration> attempt : attempts) {
                    try {
                        wins.add(attempt.get(30, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        losses.add((MemberRuleException) e.getCause());
                    }
                }
                assertThat(wins).hasSize(1);
                String winner = (wins.getFirst().member().groupId().equals(a) ? "Race A" : "Race B") + round;
                assertThat(losses).singleElement().satisfies(loss -> {
                    assertThat(loss.reason()).isEqualTo(MemberRuleException.Reason.NIK_ACTIVE_IN_OTHER_GROUP);
                    assertThat(loss.getMessage()).contains("KUBE " + winner);
                });
                assertThat(core.members().activeMembers(a).size() + core.members().activeMembers(b).size()).isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
