package id.kube.admin.entry;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.util.UUID;

import org.jooq.DSLContext;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.TestUsers;
import id.kube.core.group.GroupId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.Books;

/** Sign-ins and journal counts the posting tests share. */
public final class PostingFixtures {

    private PostingFixtures() {
    }

    public static void signInAsTreasurerOf(GroupId group) {
        TestUsers.signIn(new KubeUser("bendahara.uji", "Bendahara Uji", Role.TREASURER, group, null, null));
    }

    public static void signInAsMinistry() {
        TestUsers.signIn(new KubeUser("kemensos.uji", "Kemensos Uji", Role.MINISTRY, null, null, null));
    }

    public static String key() {
        return "form-" + UUID.randomUUID();
    }

    public static int entriesOf(DSLContext dsl, GroupId group) {
        return dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(group.value()));
    }

    /** The stored balance of the account with this role, debit-positive (0 before the books open). */
    public static long legsSum(DSLContext dsl, GroupId group, AccountRole role) {
        if (!new Books(dsl).isOpen(group)) {
            return 0;
        }
        String code = Books.accountFor(dsl, group, role).code();
        var sum = dsl.select(org.jooq.impl.DSL.sum(LEG.AMOUNT)).from(LEG)
                .where(LEG.GROUP_ID.eq(group.value()), LEG.ACCOUNT_CODE.eq(code)).fetchOne().value1();
        return sum == null ? 0 : sum.longValueExact();
    }
}
