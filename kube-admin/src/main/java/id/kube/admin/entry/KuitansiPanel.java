package id.kube.admin.entry;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import id.kube.ledger.receipt.Kuitansi;

/**
 * A printable kuitansi from kube-ledger's {@link Kuitansi}: number, who paid or was paid, the amount in words and
 * in figures, what for, date, and the treasurer's signature line. Printing shows only this panel (entry.css).
 */
public class KuitansiPanel extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public KuitansiPanel(Kuitansi kuitansi, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        addClassNames("kube-panel", "kube-receipt");
        setId("receipt");
        H3 title = new H3("KUITANSI");
        Span number = new Span(kuitansi.number());
        number.addClassName("kube-receipt-number");
        Div head = new Div(title, number);
        head.addClassName("kube-receipt-head");
        add(head, new Span(kuitansi.groupName()));
        add(line(english ? kuitansi.direction().labelEn() : kuitansi.direction().labelId(), kuitansi.counterparty()),
                line(getTranslation("entry.words"), kuitansi.amountInWordsCapitalized()),
                line(getTranslation("entry.receipt.for"), kuitansi.purpose()),
                line(getTranslation("entry.date"), DATE.withLocale(locale).format(kuitansi.date())));
        Span amount = new Span(kuitansi.amountFormatted());
        amount.addClassName("kube-receipt-amount");
        amount.setId("receipt-amount");
        Div signature = new Div(new Span(getTranslation("entry.receipt.by")), new Span(kuitansi.treasurer()));
        signature.addClassName("kube-receipt-sign");
        Div foot = new Div(amount, signature);
        foot.addClassName("kube-receipt-foot");
        add(foot);
    }

    /** A label and its value on one line (a column on phones). */
    public static Div line(String label, String value) {
        Span labelText = new Span(label);
        labelText.addClassName("kube-line-label");
        Span valueText = new Span(value);
        valueText.addClassName("kube-line-value");
        Div line = new Div(labelText, valueText);
        line.addClassName("kube-line");
        return line;
    }
}
