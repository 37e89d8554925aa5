package id.kube.admin.entry;

import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** Money the group spends on stock (purchase) or running costs (expense). */
@Route("kelompok/:groupId/pembelian")
@RolesAllowed(Role.Names.TREASURER)
public class SpendingView extends TradeView {

    public SpendingView(GroupDirectory directory, TreasurerBooks books, CashPostings postings) {
        super(directory, books, postings, false, "purchase");
    }
}
