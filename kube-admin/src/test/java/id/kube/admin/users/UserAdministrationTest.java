package id.kube.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.kube.admin.security.GroupAccess;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.security.SignInUsers;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.TestUsers;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;
import id.kube.testing.KubeFixtures;

/** Account and assignment administration: only by an administrator, each change effective and audited. */
class UserAdministrationTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SignInUsers signIn;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    GroupAccess access;

    private String stamp;
    private GroupId group;
    private KubeUser administrator;

    @BeforeEach
    void anAdministratorAndAGroup() {
        KubeCore core = KubeFixtures.core(dsl);
        stamp = String.valueOf(Instant.now().toEpochMilli());
        group = KubeFixtures.activeGroup(core, "Admin uji " + stamp, 10);
        administrator = new KubeUser("admin." + stamp, "Admin", Role.ADMIN, null, null, null);
        TestUsers.signIn(administrator);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UserAdminException.Reason refusal(Runnable step) {
        try {
            step.run();
        } catch (UserAdminException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAdministratorCreatesATreasurerWhoCanSignInWithTheGeneratedPassword() {
        String username = "bendahara." + stamp;
        String password = admin.create(new NewUser(" Bendahara." + stamp + " ", "Ibu Made", Role.TREASURER, group,
                null, null));
        assertThat(password).hasSize(12);
        KubeUser created = accounts.find(username).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.TREASURER);
        assertThat(created.ownGroup()).isEqualTo(group);
        UserDetails details = signIn.loadUserByUsername(username);
        assertThat(passwordEncoder.matches(password, details.getPassword())).isTrue();
        assertThat(admin.users()).filteredOn(line -> line.username().equals(username)).singleElement()
                .satisfies(line -> assertThat(line.scope()).isEqualTo("Admin uji " + stamp));
        assertThat(admin.history(username)).singleElement().asString().contains("CREATED").contains(administrator.username());
        assertThat(admin.recentEvents(1)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("CREATED");
            assertThat(event.subject()).isEqualTo(username);
            assertThat(event.actor()).isEqualTo(administrator.username());
        });

        assertThat(refusal(() -> admin.create(new NewUser(username, "Lagi", Role.TREASURER, group, null, null))))
                .isEqualTo(UserAdminException.Reason.USERNAME_TAKEN);
        assertThat(refusal(() -> admin.create(new NewUser("A b", "Nama", Role.MINISTRY, null, null, null))))
                .isEqualTo(UserAdminException.Reason.USERNAME_INVALID);
        assertThat(refusal(() -> admin.create(new NewUser("tanpa.kelompok." + stamp, "Nama", Role.TREASURER, null,
                null, null)))).isEqualTo(UserAdminException.Reason.GROUP_REQUIRED);
        assertThat(refusal(() -> admin.create(new NewUser("tanpa.nama." + stamp, " ", Role.MINISTRY, null, null,
                null)))).isEqualTo(UserAdminException.Reason.NAME_REQUIRED);
    }

    @Test
    void aDistrictOfficerGetsAnExistingRegencyAndCanBeMovedToAnother() {
        String username = "dinsos." + stamp;
        assertThat(refusal(() -> admin.create(new NewUser(username, "Dinsos", Role.DISTRICT_OFFICER, null, "99.99",
                null)))).isEqualTo(UserAdminException.Reason.REGION_INVALID);
        assertThat(refusal(() -> admin.create(new NewUser(username, "Dinsos", Role.DISTRICT_OFFICER, null, "51.04.05",
                null)))).isEqualTo(UserAdminException.Reason.REGION_INVALID);
        assertThat(refusal(() -> admin.create(new NewUser(username, "Dinsos", Role.DISTRICT_OFFICER, null, "",
                null)))).isEqualTo(UserAdminException.Reason.REGION_REQUIRED);
        admin.create(new NewUser(username, "Dinsos", Role.DISTRICT_OFFICER, null, "51.04", null));
        assertThat(accounts.find(username).orElseThrow().region()).isEqualTo(RegionCode.of("51.04"));

        admin.changeRegion(username, "52.01");
        assertThat(accounts.find(username).orElseThrow().region()).isEqualTo(RegionCode.of("52.01"));
        assertThat(admin.history(username)).first().asString().contains("REGION_CHANGED").contains("51.04 -> 52.01");
        String treasurer = "bendahara.wilayah." + stamp;
        admin.create(new NewUser(treasurer, "Bendahara", Role.TREASURER, group, null, null));
        assertThat(refusal(() -> admin.changeRegion(treasurer, "51.04")))
                .isEqualTo(UserAdminException.Reason.NOT_A_DISTRICT_OFFICER);
    }

    @Test
    void deactivatingResettingAndUnlockingChangeWhetherAndHowTheUserSignsIn() {
        String username = "pengguna." + stamp;
        String first = admin.create(new NewUser(username, "Peneliti", Role.RESEARCHER, null, null, null));

        admin.deactivate(username);
        assertThat(signIn.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(refusal(() -> admin.deactivate(administrator.username())))
                .isEqualTo(UserAdminException.Reason.NOT_YOURSELF);
        admin.reactivate(username);
        assertThat(signIn.loadUserByUsername(username).isEnabled()).isTrue();

        for (int i = 0; i < UserAccounts.MAX_FAILED_LOGINS; i++) {
            accounts.recordFailedLogin(username);
        }
        assertThat(signIn.loadUserByUsername(username).isAccountNonLocked()).isFalse();
        admin.unlock(username);
        assertThat(signIn.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        assertThat(accounts.failedLogins(username)).isZero();

        String second = admin.resetPassword(username);
        String hash = signIn.loadUserByUsername(username).getPassword();
        assertThat(passwordEncoder.matches(second, hash)).isTrue();
        assertThat(passwordEncoder.matches(first, hash)).isFalse();
        assertThat(String.join("\n", admin.history(username))).contains("CREATED", "DEACTIVATED", "REACTIVATED",
                "UNLOCKED", "PASSWORD_RESET").doesNotContain(second);
        assertThat(refusal(() -> admin.unlock("tidak.ada." + stamp))).isEqualTo(UserAdminException.Reason.NO_SUCH_USER);
    }

    @Test
    void aFacilitatorAccountRegistersTheFacilitatorWhoseAssignmentsDecideWhatTheySee() {
        String username = "pendamping." + stamp;
        admin.create(new NewUser(username, "Pendamping Baru " + stamp, Role.FACILITATOR, null, null, null));
        KubeUser facilitatorUser = accounts.find(username).orElseThrow();
        FacilitatorId facilitator = facilitatorUser.facilitator();
        assertThat(admin.facilitators()).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(facilitator);
            assertThat(f.fullName()).isEqualTo("Pendamping Baru " + stamp);
        });
        assertThat(refusal(() -> admin.create(new NewUser("kedua." + stamp, "Kedua", Role.FACILITATOR, null, null,
                facilitator)))).isEqualTo(UserAdminException.Reason.FACILITATOR_ALREADY_HAS_ACCOUNT);

        admin.assign(facilitator, group, KubeFixtures.TODAY);
        assertThat(admin.assignments(facilitator)).singleElement().satisfies(a -> {
            assertThat(a.group()).isEqualTo(group);
            assertThat(a.endedOn()).isNull();
        });
        TestUsers.signIn(facilitatorUser);
        assertThat(access.maySee(group)).isTrue();

        TestUsers.signIn(administrator);
        admin.endAssignment(facilitator, group, KubeFixtures.TODAY.plusDays(10));
        assertThat(admin.assignments(facilitator).getFirst().endedOn()).isEqualTo(KubeFixtures.TODAY.plusDays(10));
        assertThat(String.join("\n", admin.history("Pendamping Baru " + stamp)))
                .contains("FACILITATOR_ASSIGNED", "FACILITATOR_UNASSIGNED");
        TestUsers.signIn(facilitatorUser);
        assertThat(access.maySee(group)).isFalse();
    }

    @Test
    void onlyAnAdministratorAdministers() {
        for (Role role : new Role[] {Role.MINISTRY, Role.RESEARCHER}) {
            TestUsers.signIn(new KubeUser("bukan.admin." + stamp, "Bukan admin", role, null, null, null));
            assertThat(refusal(() -> admin.create(new NewUser("siapa." + stamp, "Siapa", Role.ADMIN, null, null, null))))
                    .isEqualTo(UserAdminException.Reason.WRONG_ROLE);
            assertThat(refusal(admin::users)).isEqualTo(UserAdminException.Reason.WRONG_ROLE);
            assertThat(refusal(() -> admin.resetPassword("admin"))).isEqualTo(UserAdminException.Reason.WRONG_ROLE);
        }
        TestUsers.signIn(new KubeUser("bendahara.x." + stamp, "Bendahara", Role.TREASURER, group, null, null));
        assertThat(refusal(() -> admin.assign(new FacilitatorId(java.util.UUID.randomUUID()), group,
                KubeFixtures.TODAY))).isEqualTo(UserAdminException.Reason.WRONG_ROLE);
    }
}
