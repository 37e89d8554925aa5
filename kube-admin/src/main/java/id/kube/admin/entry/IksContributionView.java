package id.kube.admin.entry;

import com.vaadin.flow.router.Route;

import id.kube.admin.group.GroupDirectory;
import id.kube.admin.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** A member's contribution to the social solidarity fund (IKS): Kas up, Dana IKS up. */
@Route("kelompok/:groupId/iks-iuran")
@RolesAllowed(Role.Names.TREASURER)
public class IksContributionView extends ContributionView {

    public IksContributionView(GroupDirectory directory, TreasurerBooks books, CashPostings postings) {
        super(directory, books, postings, CashPostings.Kind.IKS_CONTRIBUTION, "iks-contribution");
    }
}
