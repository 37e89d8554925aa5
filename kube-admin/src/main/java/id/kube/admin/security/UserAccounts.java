package id.kube.admin.security;

import static id.kube.admin.persistence.jooq.Tables.APP_USER;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import id.kube.admin.persistence.jooq.tables.records.AppUserRecord;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;

/** The users of the admin application (schema {@code admin}), their scope and their failed-login count. */
@Repository
public class UserAccounts {

    /** Consecutive failed logins after which an account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public UserAccounts(DSLContext dsl, PasswordEncoder passwordEncoder, Clock clock) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A new account; the password is stored only as a hash. */
    public record NewAccount(String username, String displayName, Role role, @Nullable GroupId ownGroup,
                             @Nullable RegionCode region, @Nullable FacilitatorId facilitator) {
        /** An account whose role needs no group, region or facilitator. */
        public static NewAccount of(String username, String displayName, Role role) {
            return new NewAccount(username, displayName, role, null, null, null);
        }
    }

    @Transactional
    public void create(NewAccount account, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < 4) {
            throw new IllegalArgumentException("Kata sandi terlalu pendek (minimal 4 karakter)");
        }
        dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.DISPLAY_NAME, account.displayName())
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(rawPassword))
                .set(APP_USER.ROLE, account.role())
                .set(APP_USER.GROUP_ID, account.ownGroup() == null ? null : account.ownGroup().value())
                .set(APP_USER.REGION_CODE, account.region() == null ? null : account.region().value())
                .set(APP_USER.FACILITATOR_ID, account.facilitator() == null ? null : account.facilitator().value())
                .execute();
    }

    public boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    /** The account with its password hash and lock state, for sign-in. */
    Optional<KubeUserDetails> loadForLogin(String username) {
        AppUserRecord row = dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new KubeUserDetails(toUser(row), row.getPasswordHash(), row.getEnabled(),
                row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant(), clock));
    }

    public Optional<KubeUser> find(String username) {
        return Optional.ofNullable(dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne())
                .map(this::toUser);
    }

    public List<KubeUser> all() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ROLE, APP_USER.USERNAME).fetch(this::toUser);
    }

    /** Counts a failed login; the {@value #MAX_FAILED_LOGINS}th in a row locks the account for a while. */
    @Transactional
    public void recordFailedLogin(String username) {
        OffsetDateTime lockUntil = OffsetDateTime.ofInstant(clock.instant().plus(LOCK_DURATION), ZoneOffset.UTC);
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .set(APP_USER.LOCKED_UNTIL, org.jooq.impl.DSL
                        .when(APP_USER.FAILED_LOGINS.plus(1).ge(MAX_FAILED_LOGINS), lockUntil)
                        .else_(APP_USER.LOCKED_UNTIL))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    public int failedLogins(String username) {
        Integer count = dsl.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOne(APP_USER.FAILED_LOGINS);
        return count == null ? 0 : count;
    }

    /** The stored hash (tests check that it is a hash). */
    String passwordHashForTest(String username) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOne(APP_USER.PASSWORD_HASH);
    }

    private KubeUser toUser(AppUserRecord row) {
        UUID group = row.getGroupId();
        UUID facilitator = row.getFacilitatorId();
        return new KubeUser(row.getUsername(), row.getDisplayName(), row.getRole(),
                group == null ? null : new GroupId(group),
                row.getRegionCode() == null ? null : RegionCode.of(row.getRegionCode()),
                facilitator == null ? null : new FacilitatorId(facilitator));
    }
}
