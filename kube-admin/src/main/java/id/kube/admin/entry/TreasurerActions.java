package id.kube.admin.entry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import id.kube.core.group.GroupId;

/** The treasurer's buttons on the group page: one per entry form and the meeting flow. */
public final class TreasurerActions {

    private TreasurerActions() {
    }

    /** A bar with {@code first} (the primary action) followed by every other form of the group. */
    public static Div bar(GroupId group, Component first) {
        Div bar = new Div(first);
        bar.addClassName("kube-actions-bar");
        bar.setId("treasurer-actions");
        String base = "kelompok/" + group.value() + "/";
        bar.add(button(base + "rapat", "entry.action.meeting", VaadinIcon.USERS, "record-meeting"),
                button(base + "angsuran", "entry.action.repayment", VaadinIcon.MONEY_DEPOSIT, "record-repayment"),
                button(base + "penjualan", "entry.action.sale", VaadinIcon.CART, "record-sale"),
                button(base + "pembelian", "entry.action.purchase", VaadinIcon.MONEY_WITHDRAW, "record-purchase"),
                button(base + "pinjaman", "entry.action.loan", VaadinIcon.HANDSHAKE, "record-loan"),
                button(base + "iks-iuran", "entry.action.iksContribution", VaadinIcon.HEART, "record-iks-contribution"),
                button(base + "iks-bantuan", "entry.action.iksDisbursement", VaadinIcon.HEART_O, "record-iks-disbursement"),
                button(base + "koreksi", "entry.action.correction", VaadinIcon.ARROW_BACKWARD, "record-correction"));
        return bar;
    }

    private static Button button(String route, String key, VaadinIcon icon, String id) {
        Button button = new Button(icon.create());
        button.setText(button.getTranslation(key));
        button.setId(id);
        button.addClickListener(click -> button.getUI().ifPresent(ui -> ui.navigate(route)));
        return button;
    }
}
