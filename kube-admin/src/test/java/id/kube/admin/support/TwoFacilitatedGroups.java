package id.kube.admin.support;

import java.time.Instant;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;
import id.kube.testing.KubeFixtures;

/**
 * Two active groups of ten in Ubud (regency 51.04), each with its own facilitator, and the users who look at them:
 * the facilitator of the first, the facilitator of the second, a treasurer of each, the district officer of
 * Gianyar (51.04) and one of Lombok Barat (52.01).
 */
public record TwoFacilitatedGroups(GroupId group, GroupId otherGroup, KubeUser facilitator, KubeUser otherFacilitator,
                                   KubeUser treasurer, KubeUser otherTreasurer, KubeUser districtOfficer,
                                   KubeUser farOfficer) {

    public static TwoFacilitatedGroups create(KubeCore fixtures, String name) {
        String stamp = name + " " + Instant.now().toEpochMilli() + " " + System.nanoTime() % 1000;
        GroupId group = KubeFixtures.activeGroup(fixtures, "KUBE " + stamp, 10);
        GroupId otherGroup = KubeFixtures.activeGroup(fixtures, "KUBE lain " + stamp, 10);
        FacilitatorId ours = fixtures.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping " + stamp, null).id();
        FacilitatorId theirs = fixtures.facilitators().register(KubeFixtures.FACILITATOR, "Lain " + stamp, null).id();
        fixtures.groups().assignFacilitator(KubeFixtures.FACILITATOR, group, ours, KubeFixtures.TODAY);
        fixtures.groups().assignFacilitator(KubeFixtures.FACILITATOR, otherGroup, theirs, KubeFixtures.TODAY);
        String user = stamp.replace(' ', '.').toLowerCase();
        return new TwoFacilitatedGroups(group, otherGroup,
                new KubeUser("pendamping." + user, "Pendamping", Role.FACILITATOR, null, null, ours),
                new KubeUser("pendamping.lain." + user, "Lain", Role.FACILITATOR, null, null, theirs),
                new KubeUser("bendahara." + user, "Bendahara", Role.TREASURER, group, null, null),
                new KubeUser("bendahara.lain." + user, "Bendahara lain", Role.TREASURER, otherGroup, null, null),
                new KubeUser("dinsos." + user, "Dinsos Gianyar", Role.DISTRICT_OFFICER, null, RegionCode.of("51.04"),
                        null),
                new KubeUser("dinsos.lobar." + user, "Dinsos Lombok Barat", Role.DISTRICT_OFFICER, null,
                        RegionCode.of("52.01"), null));
    }
}
