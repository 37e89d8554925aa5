package id.kube.admin.groupsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import id.kube.admin.entry.RupiahField;
import id.kube.core.event.BcpChecklist;
import id.kube.core.event.CommunityContribution;
import id.kube.core.event.ExternalSupport;
import id.kube.core.event.GroupEvents;
import id.kube.core.event.HelpKind;
import id.kube.core.event.Partnership;
import id.kube.core.event.PartnerType;
import id.kube.core.event.ShockEvent;
import id.kube.core.event.ShockKind;
import id.kube.core.event.SupportSource;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.money.Rupiah;
import id.kube.core.support.Agency;
import id.kube.core.support.BasicService;
import id.kube.core.support.DigitalAdoption;
import id.kube.core.support.GroupSupport;
import id.kube.core.support.Referral;
import id.kube.core.support.Referrals;
import id.kube.core.support.SupportKind;
import id.kube.core.support.SupportReceived;

/**
 * The "Data pendampingan" tab of a group page: what the group received and went through, as the indicators read
 * it (support, partnerships and outside help, shocks, referrals, SWOT, digital adoption, BCP), and — for the
 * group's facilitator and the district officer — one compact form per kind of record, chosen from a list.
 */
public class GroupSupportTab extends Div {

    /** The kinds of record the tab writes, in the order the chooser lists them. */
    enum Entry {
        TRAINING, CERTIFICATION, MARKET_ACCESS, SHOCK, HELP, PARTNERSHIP, PARTNERSHIP_END, EXTERNAL_SUPPORT,
        COMMUNITY, REFERRAL, REFERRAL_DONE, DIGITAL, BCP, SWOT
    }

    /** Topic codes offered per kind (others can be typed; they are stored as upper-case codes). */
    static final Map<SupportKind, List<String>> TOPICS = Map.of(
            SupportKind.TRAINING, List.of("TAILORING", "DIGITAL_MARKETING", "FOOD_SAFETY", "BOOKKEEPING",
                    "PRODUCT_PACKAGING", "ENTREPRENEURSHIP"),
            SupportKind.CERTIFICATION, List.of("P_IRT", "HALAL", "BPOM"),
            SupportKind.MARKET_ACCESS, List.of("MARKETPLACE_ONBOARDING", "EXHIBITION", "BUYER_LINK"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final GroupSupportRegister register;
    private final GroupId group;
    private final Clock clock;
    private final List<Member> members;
    private final Map<MemberId, String> names = new HashMap<>();
    private final Div lists = new Div();
    private final Div formHolder = new Div();
    private GroupSupportRegister.Snapshot snapshot;

    public GroupSupportTab(GroupSupportRegister register, GroupId group, Clock clock) {
        this.register = register;
        this.group = group;
        this.clock = clock;
        setId("group-support");
        setWidthFull();
        members = register.members(group);
        members.forEach(m -> names.put(m.id(), m.fullName()));
        snapshot = register.read(group);
        if (register.mayWrite(group)) {
            ComboBox<Entry> chooser = new ComboBox<>(getTranslation("groupsupport.choose"));
            chooser.setItems(Entry.values());
            chooser.setItemLabelGenerator(e -> getTranslation("groupsupport.entry." + e.name()));
            chooser.setId("support-choose");
            chooser.setWidth("min(100%, 24rem)");
            chooser.addValueChangeListener(change -> showForm(change.getValue()));
            H3 title = new H3(getTranslation("groupsupport.record"));
            add(title, chooser, formHolder);
        }
        lists.setWidthFull();
        add(lists);
        showLists();
    }

    private void refresh() {
        snapshot = register.read(group);
        showLists();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String date(LocalDate day) {
        return DATE.withLocale(getLocale()).format(day);
    }

    private String t(String key, Object... args) {
        return getTranslation("groupsupport." + key, args);
    }

    /** An enum's label from the bundle ({@code groupsupport.<Enum>.<CONSTANT>}). */
    private String label(Enum<?> value) {
        return t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private <E extends Enum<E>> ComboBox<E> choice(String labelKey, E[] values) {
        ComboBox<E> box = new ComboBox<>(t(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(this::label);
        return box;
    }

    private DatePicker day(String labelKey) {
        DatePicker picker = new DatePicker(t(labelKey), today());
        picker.setMax(today());
        return picker;
    }

    private MultiSelectComboBox<Member> memberSet(String labelKey) {
        MultiSelectComboBox<Member> box = new MultiSelectComboBox<>(t(labelKey));
        box.setItems(members);
        box.setItemLabelGenerator(Member::fullName);
        return box;
    }

    private ComboBox<Member> member(String labelKey) {
        ComboBox<Member> box = new ComboBox<>(t(labelKey));
        box.setItems(members);
        box.setItemLabelGenerator(Member::fullName);
        return box;
    }

    private static Set<MemberId> ids(Set<Member> chosen) {
        return chosen.stream().map(Member::id).collect(Collectors.toSet());
    }

    private void showForm(Entry entry) {
        formHolder.removeAll();
        if (entry == null) {
            return;
        }
        SmallForm form = switch (entry) {
            case TRAINING -> supportForm(SupportKind.TRAINING);
            case CERTIFICATION -> supportForm(SupportKind.CERTIFICATION);
            case MARKET_ACCESS -> supportForm(SupportKind.MARKET_ACCESS);
            case SHOCK -> shockForm();
            case HELP -> helpForm();
            case PARTNERSHIP -> partnershipForm();
            case PARTNERSHIP_END -> partnershipEndForm();
            case EXTERNAL_SUPPORT -> externalSupportForm();
            case COMMUNITY -> communityForm();
            case REFERRAL -> referralForm();
            case REFERRAL_DONE -> referralDoneForm();
            case DIGITAL -> digitalForm();
            case BCP -> bcpForm();
            case SWOT -> swotForm();
        };
        formHolder.add(form);
    }

    private SmallForm supportForm(SupportKind kind) {
        SmallForm form = new SmallForm("support-form");
        ComboBox<String> topic = new ComboBox<>(t("topic"));
        topic.setItems(TOPICS.get(kind));
        topic.setItemLabelGenerator(this::topicLabel);
        topic.setAllowCustomValue(kind != SupportKind.CERTIFICATION);
        topic.addCustomValueSetListener(custom -> topic.setValue(code(custom.getDetail())));
        form.field("topic", topic, "topik", "sertifikasi");
        ComboBox<Agency> agency = form.field("agency", choice("agency", Agency.values()));
        TextField provider = form.field("provider", new TextField(t("provider")), "penyelenggara");
        DatePicker started = form.field("started", day("startedOn"), "mulai", "belum terjadi");
        DatePicker ended = form.field("ended", new DatePicker(t("endedOn"), today()), "selesai");
        MultiSelectComboBox<Member> participants = form.members("participants", memberSet("participants"));
        TextField notes = form.field("notes", new TextField(t("notes")), "catatan");
        form.wide(participants);
        form.wide(notes);
        form.onSave(t("save"), () -> {
            register.recordSupport(new SupportReceived(group, kind, form.required(topic), form.required(agency),
                    form.required(provider), form.required(started), form.required(ended), notes.getValue(),
                    ids(participants.getValue())));
            return t("saved." + kind.name());
        }, this::refresh);
        return form;
    }

    private String topicLabel(String code) {
        String label = t("topic." + code);
        return label.startsWith("!") ? code : label;
    }

    /** "digital marketing" → DIGITAL_MARKETING, as kube-core keeps topics. */
    static String code(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("^_|_$", "");
    }

    private SmallForm shockForm() {
        SmallForm form = new SmallForm("shock-form");
        DatePicker occurred = form.field("occurred", day("occurredOn"), "tanggal kejadian");
        ComboBox<ShockKind> kind = form.field("kind", choice("shockKind", ShockKind.values()));
        TextField description = form.field("description", new TextField(t("shockDescription")), "uraian kejadian");
        TextField coping = form.field("coping", new TextField(t("coping")), "menghadapi");
        MultiSelectComboBox<Member> hit = form.members("hit", memberSet("membersHit"));
        ComboBox<HelpKind> help = form.field("help", choice("helpGiven", HelpKind.values()), "jenis bantuan");
        DatePicker helpedOn = form.field("helped", new DatePicker(t("helpedOn")), "bantuan");
        form.wide(description);
        form.wide(coping);
        form.wide(hit);
        form.onSave(t("save"), () -> {
            LocalDate on = form.required(occurred);
            if (help.getValue() != null || helpedOn.getValue() != null) {
                form.required(help);
                form.required(helpedOn);
            }
            List<ShockEvent.MemberHit> members = hit.getValue().stream()
                    .map(m -> new ShockEvent.MemberHit(m.id(), helpedOn.getValue(), help.getValue())).toList();
            register.recordShock(new ShockEvent(group, on, form.required(kind), description.getValue(),
                    coping.getValue(), members));
            return t("saved.SHOCK");
        }, this::refresh);
        return form;
    }

    private SmallForm helpForm() {
        SmallForm form = new SmallForm("help-form");
        ComboBox<GroupEvents.KnownShock> shock = new ComboBox<>(t("shock"));
        shock.setItems(snapshot.shocks());
        shock.setItemLabelGenerator(k -> date(k.shock().occurredOn()) + " · " + label(k.shock().kind()));
        form.field("shock", shock, "kejadian tidak ditemukan");
        ComboBox<Member> member = form.members("member", member("member"));
        ComboBox<HelpKind> help = form.field("help", choice("helpGiven", HelpKind.values()));
        DatePicker helpedOn = form.field("helped", day("helpedOn"), "bantuan (", "tanggal bantuan", "mendahului");
        form.onSave(t("save"), () -> {
            register.recordHelp(group, form.required(shock).id(), form.required(member).id(), form.required(helpedOn),
                    form.required(help));
            return t("saved.HELP");
        }, this::refresh);
        return form;
    }

    private SmallForm partnershipForm() {
        SmallForm form = new SmallForm("partnership-form");
        ComboBox<PartnerType> type = form.field("type", choice("partnerType", PartnerType.values()));
        TextField name = form.field("name", new TextField(t("partnerName")), "nama mitra");
        DatePicker started = form.field("started", day("startedOn"), "tanggal");
        TextField description = form.field("description", new TextField(t("partnershipDescription")), "uraian");
        form.wide(description);
        form.onSave(t("save"), () -> {
            register.startPartnership(new Partnership(group, form.required(type), name.getValue(),
                    form.required(started), description.getValue()));
            return t("saved.PARTNERSHIP");
        }, this::refresh);
        return form;
    }

    private SmallForm partnershipEndForm() {
        SmallForm form = new SmallForm("partnership-end-form");
        ComboBox<GroupEvents.KnownPartnership> partnership = new ComboBox<>(t("partnership"));
        partnership.setItems(snapshot.partnerships().stream().filter(p -> p.endedOn() == null).toList());
        partnership.setItemLabelGenerator(p -> p.partnership().partnerName());
        form.field("partnership", partnership, "kemitraan");
        DatePicker ended = form.field("ended", day("endedOn"), "tanggal", "sebelum");
        form.onSave(t("save"), () -> {
            register.endPartnership(group, form.required(partnership).id(), form.required(ended));
            return t("saved.PARTNERSHIP_END");
        }, this::refresh);
        return form;
    }

    private SmallForm externalSupportForm() {
        SmallForm form = new SmallForm("external-form");
        ComboBox<SupportSource> source = form.field("source", choice("source", SupportSource.values()));
        TextField name = form.field("name", new TextField(t("sourceName")), "nama pemberi");
        DatePicker received = form.field("received", day("receivedOn"), "tanggal");
        Checkbox inKind = form.plain("in-kind", new Checkbox(t("inKind")));
        RupiahField value = form.field("value", new RupiahField(t("value"), "external-form-value"), "nilai");
        ComboBox<GroupEvents.KnownPartnership> partnership = new ComboBox<>(t("partnershipOptional"));
        partnership.setItems(snapshot.partnerships());
        partnership.setItemLabelGenerator(p -> p.partnership().partnerName());
        form.field("partnership", partnership, "kemitraan");
        TextField description = form.field("description", new TextField(t("supportDescription")), "uraian");
        form.wide(description);
        form.onSave(t("save"), () -> {
            UUID partner = partnership.getValue() == null ? null : partnership.getValue().id();
            register.recordExternalSupport(new ExternalSupport(group, partner, form.required(source), name.getValue(),
                    form.required(received), inKind.getValue(), Rupiah.of(form.amount(value)),
                    description.getValue()));
            return t("saved.EXTERNAL_SUPPORT");
        }, this::refresh);
        return form;
    }

    private SmallForm communityForm() {
        SmallForm form = new SmallForm("community-form");
        DatePicker on = form.field("on", day("contributedOn"), "tanggal");
        TextField description = form.field("description", new TextField(t("communityDescription")), "uraian");
        RupiahField value = form.field("value", new RupiahField(t("valueOptional"), "community-form-value"), "nilai");
        TextField people = form.field("people", new TextField(t("nonMembers"), "0", ""), "peserta");
        people.setAllowedCharPattern("[0-9]");
        form.wide(description);
        form.onSave(t("save"), () -> {
            Long amount = value.isEmpty() ? null : form.amount(value);
            int count;
            try {
                count = Integer.parseInt(form.required(people).strip());
            } catch (NumberFormatException tooLong) {
                count = Integer.MAX_VALUE;
            }
            register.recordCommunityContribution(new CommunityContribution(group, form.required(on),
                    description.getValue(), amount == null ? null : Rupiah.of(amount), count));
            return t("saved.COMMUNITY");
        }, this::refresh);
        return form;
    }

    private SmallForm referralForm() {
        SmallForm form = new SmallForm("referral-form");
        ComboBox<Member> member = form.members("member", member("member"));
        ComboBox<BasicService> service = form.field("service", choice("service", BasicService.values()));
        DatePicker on = form.field("on", day("referredOn"), "tanggal");
        form.onSave(t("save"), () -> {
            register.refer(new Referral(group, form.required(member).id(), form.required(service), form.required(on)));
            return t("saved.REFERRAL");
        }, this::refresh);
        return form;
    }

    private SmallForm referralDoneForm() {
        SmallForm form = new SmallForm("referral-done-form");
        ComboBox<Referrals.RecordedReferral> referral = new ComboBox<>(t("referral"));
        referral.setItems(snapshot.referrals().stream().filter(r -> !r.completed()).toList());
        referral.setItemLabelGenerator(r -> names.getOrDefault(r.referral().member(), "–") + " · "
                + label(r.referral().service()) + " · " + date(r.referral().referredOn()));
        form.field("referral", referral, "rujukan");
        DatePicker on = form.field("on", day("completedOn"), "tanggal", "sebelum");
        form.onSave(t("save"), () -> {
            register.completeReferral(group, form.required(referral).id(), form.required(on));
            return t("saved.REFERRAL_DONE");
        }, this::refresh);
        return form;
    }

    private SmallForm digitalForm() {
        SmallForm form = new SmallForm("digital-form");
        DatePicker on = form.field("on", day("assessedOn"), "tanggal", "pada ");
        Checkbox online = form.plain("online", new Checkbox(t("sellsOnline")));
        Checkbox payments = form.plain("payments", new Checkbox(t("digitalPayments")));
        TextField channels = form.field("channels", new TextField(t("channels")), "kanal");
        channels.setHelperText(t("channels.help"));
        form.onSave(t("save"), () -> {
            Set<String> codes = Arrays.stream(channels.getValue().split(",")).map(String::strip)
                    .filter(c -> !c.isEmpty()).map(GroupSupportTab::code).collect(Collectors.toCollection(LinkedHashSet::new));
            register.recordDigitalAdoption(new DigitalAdoption(group, form.required(on), online.getValue(),
                    payments.getValue(), codes));
            return t("saved.DIGITAL");
        }, this::refresh);
        return form;
    }

    private SmallForm bcpForm() {
        SmallForm form = new SmallForm("bcp-form");
        DatePicker on = form.field("on", day("assessedOn"), "tanggal", "pada ");
        Checkbox backup = form.plain("backup", new Checkbox(t("recordsBackup")));
        Checkbox suppliers = form.plain("suppliers", new Checkbox(t("alternativeSuppliers")));
        Checkbox markets = form.plain("markets", new Checkbox(t("alternativeMarkets")));
        Checkbox fund = form.plain("fund", new Checkbox(t("emergencyFund")));
        RupiahField amount = form.field("amount", new RupiahField(t("emergencyFundAmount"), "bcp-form-amount"),
                "dana darurat");
        form.onSave(t("save"), () -> {
            long balance = amount.isEmpty() ? 0 : form.amount(amount);
            register.recordBcp(new BcpChecklist(group, form.required(on), backup.getValue(), suppliers.getValue(),
                    markets.getValue(), fund.getValue(), Rupiah.of(balance)));
            return t("saved.BCP");
        }, this::refresh);
        return form;
    }

    private SmallForm swotForm() {
        SmallForm form = new SmallForm("swot-form");
        DatePicker on = form.field("on", day("assessedOn"), "tanggal");
        TextField s = form.field("s", new TextField(t("strengths")), "kekuatan");
        TextField w = form.field("w", new TextField(t("weaknesses")), "kelemahan");
        TextField o = form.field("o", new TextField(t("opportunities")), "peluang");
        TextField th = form.field("t", new TextField(t("threats")), "ancaman");
        form.onSave(t("save"), () -> {
            register.recordSwot(group, form.required(on), s.getValue(), w.getValue(), o.getValue(), th.getValue());
            return t("saved.SWOT");
        }, this::refresh);
        return form;
    }

    // ---- what is on record ----

    private void showLists() {
        lists.removeAll();
        TabSheet sheets = new TabSheet();
        sheets.setId("support-lists");
        sheets.setWidthFull();
        sheets.add(t("list.support", snapshot.support().size()), supportList());
        sheets.add(t("list.shocks", snapshot.shocks().size()), shockList());
        sheets.add(t("list.partners", snapshot.partnerships().size() + snapshot.externalSupport().size()
                + snapshot.community().size()), partnerList());
        sheets.add(t("list.referrals", snapshot.referrals().size()), referralList());
        sheets.add(t("list.assessments"), assessments());
        lists.add(sheets);
    }

    private Component empty(String id) {
        Paragraph none = new Paragraph(t("list.none"));
        none.setId(id);
        return none;
    }

    private Component supportList() {
        if (snapshot.support().isEmpty()) {
            return empty("support-list-none");
        }
        Grid<GroupSupport.RecordedSupport> grid = new Grid<>();
        grid.addColumn(r -> label(r.support().kind())).setHeader(t("kind")).setAutoWidth(true);
        grid.addColumn(r -> topicLabel(r.support().topic())).setHeader(t("topic")).setAutoWidth(true);
        grid.addColumn(r -> label(r.support().agency()) + " · " + r.support().providerName())
                .setHeader(t("provider")).setAutoWidth(true);
        grid.addColumn(r -> date(r.support().startedOn()) + (r.support().endedOn().equals(r.support().startedOn())
                ? "" : " – " + date(r.support().endedOn()))).setHeader(t("dates")).setAutoWidth(true);
        grid.addColumn(r -> r.support().participants().stream().map(id -> names.getOrDefault(id, "–")).sorted()
                .collect(Collectors.joining(", "))).setHeader(t("participants")).setFlexGrow(1);
        grid.setItems(snapshot.support());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("support-list");
        return grid;
    }

    private Component shockList() {
        if (snapshot.shocks().isEmpty()) {
            return empty("shock-list-none");
        }
        Grid<GroupEvents.KnownShock> grid = new Grid<>();
        grid.addColumn(k -> date(k.shock().occurredOn())).setHeader(t("occurredOn")).setAutoWidth(true);
        grid.addColumn(k -> label(k.shock().kind())).setHeader(t("shockKind")).setAutoWidth(true);
        grid.addColumn(k -> k.shock().description()).setHeader(t("shockDescription")).setFlexGrow(1);
        grid.addColumn(k -> k.shock().coping()).setHeader(t("coping")).setFlexGrow(1);
        grid.addColumn(k -> k.shock().membersHit().stream().map(h -> names.getOrDefault(h.member(), "–")
                        + (h.help() == null ? " (" + t("notHelped") + ")"
                        : " (" + label(h.help()) + ", " + date(h.helpedOn()) + ")"))
                .collect(Collectors.joining("; "))).setHeader(t("membersHit")).setFlexGrow(1);
        grid.setItems(snapshot.shocks());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("shock-list");
        return grid;
    }

    private Component partnerList() {
        Div box = new Div();
        box.add(new H4(t("partnerships")));
        if (snapshot.partnerships().isEmpty()) {
            box.add(empty("partnership-list-none"));
        } else {
            Grid<GroupEvents.KnownPartnership> grid = new Grid<>();
            grid.addColumn(p -> p.partnership().partnerName()).setHeader(t("partnerName")).setAutoWidth(true);
            grid.addColumn(p -> label(p.partnership().type())).setHeader(t("partnerType")).setAutoWidth(true);
            grid.addColumn(p -> date(p.partnership().startedOn()) + (p.endedOn() == null ? " – " + t("ongoing")
                    : " – " + date(p.endedOn()))).setHeader(t("dates")).setAutoWidth(true);
            grid.addColumn(p -> p.partnership().description()).setHeader(t("partnershipDescription")).setFlexGrow(1);
            grid.setItems(snapshot.partnerships());
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.setId("partnership-list");
            box.add(grid);
        }
        box.add(new H4(t("externalSupport")));
        if (snapshot.externalSupport().isEmpty()) {
            box.add(empty("external-list-none"));
        } else {
            Grid<ExternalSupport> grid = new Grid<>();
            grid.addColumn(s -> date(s.receivedOn())).setHeader(t("receivedOn")).setAutoWidth(true);
            grid.addColumn(s -> label(s.source()) + " · " + s.sourceName()).setHeader(t("sourceName"))
                    .setAutoWidth(true);
            grid.addColumn(s -> Rupiah.format(s.valueRupiah()) + (s.inKind() ? " (" + t("inKindShort") + ")" : ""))
                    .setHeader(t("value")).setAutoWidth(true);
            grid.addColumn(ExternalSupport::description).setHeader(t("supportDescription")).setFlexGrow(1);
            grid.setItems(snapshot.externalSupport());
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.setId("external-list");
            box.add(grid);
        }
        box.add(new H4(t("community")));
        if (snapshot.community().isEmpty()) {
            box.add(empty("community-list-none"));
        } else {
            Grid<CommunityContribution> grid = new Grid<>();
            grid.addColumn(c -> date(c.contributedOn())).setHeader(t("contributedOn")).setAutoWidth(true);
            grid.addColumn(CommunityContribution::description).setHeader(t("communityDescription")).setFlexGrow(1);
            grid.addColumn(c -> c.value() == null ? t("noValue") : Rupiah.format(c.value()))
                    .setHeader(t("value")).setAutoWidth(true);
            grid.addColumn(CommunityContribution::nonMemberParticipants).setHeader(t("nonMembers")).setAutoWidth(true);
            grid.setItems(snapshot.community());
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.setId("community-list");
            box.add(grid);
        }
        return box;
    }

    private Component referralList() {
        if (snapshot.referrals().isEmpty()) {
            return empty("referral-list-none");
        }
        Grid<Referrals.RecordedReferral> grid = new Grid<>();
        grid.addColumn(r -> names.getOrDefault(r.referral().member(), "–")).setHeader(t("member")).setAutoWidth(true);
        grid.addColumn(r -> label(r.referral().service())).setHeader(t("service")).setAutoWidth(true);
        grid.addColumn(r -> date(r.referral().referredOn())).setHeader(t("referredOn")).setAutoWidth(true);
        grid.addColumn(r -> r.completedOn() == null ? t("open") : date(r.completedOn()))
                .setHeader(t("completedOn")).setAutoWidth(true);
        grid.setItems(snapshot.referrals());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("referral-list");
        return grid;
    }

    private Component assessments() {
        Div box = new Div();
        box.setId("assessment-list");
        box.add(new H4(t("swot")));
        snapshot.swot().ifPresentOrElse(r -> box.add(
                new Paragraph(t("assessedOnValue", date(r.swot().assessedOn()))),
                new Paragraph(t("strengths") + ": " + r.swot().strengths()),
                new Paragraph(t("weaknesses") + ": " + r.swot().weaknesses()),
                new Paragraph(t("opportunities") + ": " + r.swot().opportunities()),
                new Paragraph(t("threats") + ": " + r.swot().threats())), () -> box.add(empty("swot-none")));
        box.add(new H4(t("digital")));
        snapshot.digital().ifPresentOrElse(d -> box.add(new Paragraph(t("digitalValue", date(d.assessedOn()),
                t(d.sellsOnline() ? "yes" : "no"), t(d.digitalPayments() ? "yes" : "no"),
                d.channels().isEmpty() ? "–" : d.channelsText()))), () -> box.add(empty("digital-none")));
        box.add(new H4(t("bcp")));
        snapshot.bcp().ifPresentOrElse(b -> box.add(new Paragraph(t("bcpValue", date(b.assessedOn()),
                b.itemsInPlace(), t(b.recordsBackup() ? "yes" : "no"), t(b.alternativeSuppliers() ? "yes" : "no"),
                t(b.alternativeMarkets() ? "yes" : "no"), t(b.emergencyFund() ? "yes" : "no"),
                Rupiah.format(b.emergencyFundAmount())))), () -> box.add(empty("bcp-none")));
        return box;
    }
}
