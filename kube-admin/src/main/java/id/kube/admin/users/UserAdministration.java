package id.kube.admin.users;

import static id.kube.admin.persistence.jooq.Tables.APP_USER;
import static id.kube.admin.persistence.jooq.Tables.USER_EVENT;
import static id.kube.core.persistence.jooq.Tables.FACILITATOR;
import static id.kube.core.persistence.jooq.Tables.FACILITATOR_ASSIGNMENT;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kube.admin.persistence.jooq.tables.records.AppUserRecord;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.security.UserAccounts;
import id.kube.core.KubeCore;
import id.kube.core.audit.Actor;
import id.kube.core.facilitator.Facilitator;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.InvalidRegionCodeException;
import id.kube.core.region.Region;
import id.kube.core.region.RegionCode;
import id.kube.core.region.RegionLevel;

/**
 * What an administrator does with accounts and facilitator assignments. Every method checks that the signed-in
 * user is an administrator (the view's {@code @RolesAllowed} is not the only guard) and records what it did in
 * {@code admin.user_event}. Passwords are generated here (12 characters from an unambiguous alphabet), shown to
 * the administrator once and stored only as a hash.
 */
@Service
public class UserAdministration {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 12;

    private final DSLContext dsl;
    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final KubeCore core;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UserAdministration(DSLContext dsl, UserAccounts accounts, PasswordEncoder passwordEncoder,
                              CurrentUser currentUser, KubeCore core, Clock clock) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.core = core;
        this.clock = clock;
    }

    public List<UserLine> users() {
        requireAdmin();
        Map<UUID, String> groupNames = new HashMap<>();
        dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME).from(KUBE_GROUP)
                .where(KUBE_GROUP.ID.in(DSL.select(APP_USER.GROUP_ID).from(APP_USER).where(APP_USER.GROUP_ID.isNotNull())))
                .forEach(r -> groupNames.put(r.value1(), r.value2()));
        Map<UUID, String> facilitatorNames = new HashMap<>();
        dsl.select(FACILITATOR.ID, FACILITATOR.FULL_NAME).from(FACILITATOR)
                .where(FACILITATOR.ID.in(DSL.select(APP_USER.FACILITATOR_ID).from(APP_USER)
                        .where(APP_USER.FACILITATOR_ID.isNotNull())))
                .forEach(r -> facilitatorNames.put(r.value1(), r.value2()));
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ROLE, APP_USER.USERNAME)
                .fetch(r -> new UserLine(r.getUsername(), r.getDisplayName(), r.getRole(), scope(r, groupNames,
                        facilitatorNames), r.getEnabled(), r.getLockedUntil() == null ? null
                        : r.getLockedUntil().toInstant(), r.getFailedLogins(), r.getCreatedAt().toInstant()));
    }

    private String scope(AppUserRecord r, Map<UUID, String> groups, Map<UUID, String> facilitators) {
        return switch (r.getRole()) {
            case TREASURER -> groups.getOrDefault(r.getGroupId(), "–");
            case DISTRICT_OFFICER -> r.getRegionCode() + core.regions().find(RegionCode.of(r.getRegionCode()))
                    .map(region -> " " + region.name()).orElse("");
            case FACILITATOR -> facilitators.getOrDefault(r.getFacilitatorId(), "–");
            case MINISTRY, RESEARCHER, ADMIN -> "–";
        };
    }

    /** Creates the account and returns its first password (to hand to the person; shown once). */
    @Transactional
    public String create(NewUser user) {
        KubeUser admin = requireAdmin();
        String username = user.username() == null ? "" : user.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            throw new UserAdminException(UserAdminException.Reason.USERNAME_INVALID,
                    "Nama pengguna 3–60 huruf kecil, angka, titik, garis bawah atau tanda hubung");
        }
        if (accounts.exists(username)) {
            throw new UserAdminException(UserAdminException.Reason.USERNAME_TAKEN, "Nama pengguna sudah dipakai");
        }
        String name = user.displayName() == null ? "" : user.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new UserAdminException(UserAdminException.Reason.NAME_REQUIRED,
                    "Nama lengkap wajib diisi (paling banyak 120 huruf)");
        }
        GroupId group = null;
        RegionCode region = null;
        FacilitatorId facilitator = null;
        switch (user.role()) {
            case TREASURER -> {
                if (user.group() == null || core.groups().find(user.group()).isEmpty()) {
                    throw new UserAdminException(UserAdminException.Reason.GROUP_REQUIRED,
                            "Pilih kelompok bendahara ini");
                }
                group = user.group();
            }
            case DISTRICT_OFFICER -> region = regency(user.regionCode());
            case FACILITATOR -> {
                if (user.facilitator() != null) {
                    if (dsl.fetchExists(APP_USER, APP_USER.FACILITATOR_ID.eq(user.facilitator().value()))) {
                        throw new UserAdminException(UserAdminException.Reason.FACILITATOR_ALREADY_HAS_ACCOUNT,
                                "Pendamping ini sudah mempunyai akun");
                    }
                    facilitator = core.facilitators().find(user.facilitator()).map(Facilitator::id)
                            .orElseThrow(() -> new UserAdminException(UserAdminException.Reason.NAME_REQUIRED,
                                    "Pendamping tidak ditemukan"));
                } else {
                    facilitator = core.facilitators().register(Actor.of(admin.username()), name, null).id();
                }
            }
            case MINISTRY, RESEARCHER, ADMIN -> {
                // no scope to set
            }
        }
        String password = newPassword();
        accounts.create(new UserAccounts.NewAccount(username, name, user.role(), group, region, facilitator), password);
        audit(username, "CREATED", user.role().name() + (group != null ? " " + group : "")
                + (region != null ? " " + region : "") + (facilitator != null ? " " + facilitator : ""), admin);
        return password;
    }

    @Transactional
    public void deactivate(String username) {
        KubeUser admin = requireAdmin();
        if (admin.username().equals(username)) {
            throw new UserAdminException(UserAdminException.Reason.NOT_YOURSELF,
                    "Anda tidak dapat menonaktifkan akun Anda sendiri");
        }
        update(username, DSL.noCondition(), APP_USER.ENABLED, false);
        audit(username, "DEACTIVATED", null, admin);
    }

    @Transactional
    public void reactivate(String username) {
        KubeUser admin = requireAdmin();
        update(username, DSL.noCondition(), APP_USER.ENABLED, true);
        audit(username, "REACTIVATED", null, admin);
    }

    /** Sets a new generated password (and lifts a lock); returns it to hand over once. */
    @Transactional
    public String resetPassword(String username) {
        KubeUser admin = requireAdmin();
        String password = newPassword();
        int changed = dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username)).execute();
        requireChanged(changed);
        audit(username, "PASSWORD_RESET", null, admin);
        return password;
    }

    @Transactional
    public void unlock(String username) {
        KubeUser admin = requireAdmin();
        int changed = dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username)).execute();
        requireChanged(changed);
        audit(username, "UNLOCKED", null, admin);
    }

    /** Moves a district officer to another regency/city: from then on they see that regency's groups. */
    @Transactional
    public void changeRegion(String username, String regionCode) {
        KubeUser admin = requireAdmin();
        RegionCode region = regency(regionCode);
        AppUserRecord row = dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).forUpdate().fetchOne();
        if (row == null) {
            throw noSuchUser();
        }
        if (row.getRole() != Role.DISTRICT_OFFICER) {
            throw new UserAdminException(UserAdminException.Reason.NOT_A_DISTRICT_OFFICER,
                    "Wilayah hanya ditetapkan untuk petugas Dinas Sosial");
        }
        String before = row.getRegionCode();
        dsl.update(APP_USER).set(APP_USER.REGION_CODE, region.value()).where(APP_USER.USERNAME.eq(username)).execute();
        audit(username, "REGION_CHANGED", before + " -> " + region.value(), admin);
    }

    public List<Facilitator> facilitators() {
        requireAdmin();
        return core.facilitators().all();
    }

    /** Groups by name or registration number, for the pickers (administrators pick any group). */
    public List<GroupChoice> groups(@Nullable String search, int offset, int limit) {
        requireAdmin();
        Condition where = DSL.noCondition();
        if (search != null && !search.isBlank()) {
            String pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = KUBE_GROUP.NAME.likeIgnoreCase(pattern, '\\').or(KUBE_GROUP.REGISTRATION_NUMBER.likeIgnoreCase(pattern, '\\'));
        }
        return dsl.select(KUBE_GROUP.ID, KUBE_GROUP.NAME, KUBE_GROUP.REGISTRATION_NUMBER, KUBE_GROUP.VILLAGE_CODE)
                .from(KUBE_GROUP).where(where).orderBy(KUBE_GROUP.NAME, KUBE_GROUP.ID).offset(offset).limit(limit)
                .fetch(r -> new GroupChoice(new GroupId(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /** Assignments of one facilitator, open ones first, then newest. */
    public List<AssignmentLine> assignments(FacilitatorId facilitator) {
        requireAdmin();
        return dsl.select(FACILITATOR_ASSIGNMENT.FACILITATOR_ID, FACILITATOR.FULL_NAME, FACILITATOR_ASSIGNMENT.GROUP_ID,
                        KUBE_GROUP.NAME, FACILITATOR_ASSIGNMENT.ASSIGNED_ON, FACILITATOR_ASSIGNMENT.ENDED_ON)
                .from(FACILITATOR_ASSIGNMENT)
                .join(FACILITATOR).on(FACILITATOR.ID.eq(FACILITATOR_ASSIGNMENT.FACILITATOR_ID))
                .join(KUBE_GROUP).on(KUBE_GROUP.ID.eq(FACILITATOR_ASSIGNMENT.GROUP_ID))
                .where(FACILITATOR_ASSIGNMENT.FACILITATOR_ID.eq(facilitator.value()))
                .orderBy(FACILITATOR_ASSIGNMENT.ENDED_ON.isNull().desc(), FACILITATOR_ASSIGNMENT.ASSIGNED_ON.desc(),
                        KUBE_GROUP.NAME)
                .fetch(r -> new AssignmentLine(new FacilitatorId(r.value1()), r.value2(), new GroupId(r.value3()),
                        r.value4(), r.value5(), r.value6()));
    }

    /** Assigns a facilitator to a group from a day (kube-core's rules: not in the future, not twice at once). */
    @Transactional
    public void assign(FacilitatorId facilitator, GroupId group, LocalDate from) {
        KubeUser admin = requireAdmin();
        core.groups().assignFacilitator(Actor.of(admin.username()), group, facilitator, from);
        audit(facilitatorName(facilitator), "FACILITATOR_ASSIGNED", group + " " + from, admin);
    }

    /** Ends a facilitator's open assignment to a group on a day. */
    @Transactional
    public void endAssignment(FacilitatorId facilitator, GroupId group, LocalDate on) {
        KubeUser admin = requireAdmin();
        core.groups().endFacilitatorAssignment(Actor.of(admin.username()), group, facilitator, on);
        audit(facilitatorName(facilitator), "FACILITATOR_UNASSIGNED", group + " " + on, admin);
    }

    /** The audit lines about one subject (a username or a facilitator's name), newest first. */
    public List<String> history(String subject) {
        requireAdmin();
        return dsl.select(USER_EVENT.OCCURRED_AT, USER_EVENT.ACTION, USER_EVENT.ACTOR, USER_EVENT.DETAILS)
                .from(USER_EVENT).where(USER_EVENT.SUBJECT.eq(subject)).orderBy(USER_EVENT.ID.desc())
                .fetch(r -> r.value1().toInstant() + " " + r.value2() + " " + r.value3()
                        + (r.value4() == null ? "" : " " + r.value4()));
    }

    /** The latest administration events (newest first): when, who, what, about whom. */
    public List<AuditLine> recentEvents(int limit) {
        requireAdmin();
        return dsl.select(USER_EVENT.OCCURRED_AT, USER_EVENT.ACTOR, USER_EVENT.ACTION, USER_EVENT.SUBJECT,
                        USER_EVENT.DETAILS)
                .from(USER_EVENT).orderBy(USER_EVENT.ID.desc()).limit(limit)
                .fetch(r -> new AuditLine(r.value1().toInstant(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private String facilitatorName(FacilitatorId facilitator) {
        return core.facilitators().find(facilitator).map(Facilitator::fullName).orElse(facilitator.toString());
    }

    private RegionCode regency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new UserAdminException(UserAdminException.Reason.REGION_REQUIRED,
                    "Kode kabupaten/kota wajib diisi, mis. 51.04");
        }
        try {
            RegionCode region = RegionCode.of(code.strip());
            Region found = core.regions().require(region, RegionLevel.REGENCY);
            return found.code();
        } catch (InvalidRegionCodeException | IllegalArgumentException e) {
            throw new UserAdminException(UserAdminException.Reason.REGION_INVALID,
                    "Kode kabupaten/kota tidak dikenal (contoh: 51.04)");
        }
    }

    private <T> void update(String username, Condition extra, org.jooq.Field<T> field, T value) {
        requireChanged(dsl.update(APP_USER).set(field, value).where(APP_USER.USERNAME.eq(username), extra).execute());
    }

    private static void requireChanged(int changed) {
        if (changed == 0) {
            throw noSuchUser();
        }
    }

    private static UserAdminException noSuchUser() {
        return new UserAdminException(UserAdminException.Reason.NO_SUCH_USER, "Pengguna tidak ditemukan");
    }

    private void audit(String subject, String action, @Nullable String details, KubeUser admin) {
        dsl.insertInto(USER_EVENT)
                .set(USER_EVENT.SUBJECT, subject.length() > 200 ? subject.substring(0, 200) : subject)
                .set(USER_EVENT.ACTION, action)
                .set(USER_EVENT.DETAILS, details == null || details.length() <= 500 ? details : details.substring(0, 500))
                .set(USER_EVENT.ACTOR, admin.username())
                .set(USER_EVENT.OCCURRED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private KubeUser requireAdmin() {
        KubeUser user = currentUser.require();
        if (user.role() != Role.ADMIN) {
            throw new UserAdminException(UserAdminException.Reason.WRONG_ROLE, "Hanya administrator");
        }
        return user;
    }
}
