package id.kube.core.indicator;

import static id.kube.core.indicator.Aggregation.MEDIAN;
import static id.kube.core.indicator.Aggregation.POOLED_RATIO;
import static id.kube.core.indicator.Aggregation.SUM;
import static id.kube.core.indicator.DataSource.BOOKS;
import static id.kube.core.indicator.DataSource.GROUP_EVENTS;
import static id.kube.core.indicator.DataSource.GROUP_REGISTER;
import static id.kube.core.indicator.DataSource.HOUSEHOLD_SURVEY;
import static id.kube.core.indicator.DataSource.MEETINGS;
import static id.kube.core.indicator.DataSource.MEMBERSHIP;
import static id.kube.core.indicator.DataSource.SUPPORT;
import static id.kube.core.indicator.OutcomeGroup.ACCESS;
import static id.kube.core.indicator.OutcomeGroup.CONCERN;
import static id.kube.core.indicator.OutcomeGroup.INCOME;
import static id.kube.core.indicator.OutcomeGroup.INDEPENDENCE;
import static id.kube.core.indicator.OutcomeGroup.RESILIENCE;
import static id.kube.core.indicator.OutcomeGroup.SOLIDARITY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue of indicator definitions, in codebook order (outcome, then number). */
public final class Indicators {

    private static final String FLOW = "flow within the period (value dates in the period)";
    private static final String STOCK = "stock at the end of the period";
    private static final String LATEST_SURVEY = "latest survey wave on or before the period end";
    private static final String NONE = "—";

    // 1. Solidarity
    public static final IndicatorDefinition MEETING_REGULARITY = new IndicatorDefinition("meeting_regularity",
            SOLIDARITY, "Keteraturan pertemuan", "Meeting regularity", Unit.RATIO,
            "meetings held", "meetings scheduled by the group's rules", MEETINGS, FLOW, POOLED_RATIO, 1,
            "Capped at 1 (extra meetings do not make up for missed ones in another period).");
    public static final IndicatorDefinition ATTENDANCE = new IndicatorDefinition("attendance_rate",
            SOLIDARITY, "Tingkat kehadiran", "Attendance", Unit.RATIO,
            "member attendances recorded present", "active members × meetings held", MEETINGS, FLOW,
            POOLED_RATIO, 1, "Active members counted per meeting date (a member who joined mid-period counts"
            + " only for meetings after joining).");
    public static final IndicatorDefinition IKS_PARTICIPATION = new IndicatorDefinition("iks_participation",
            SOLIDARITY, "Partisipasi IKS", "IKS participation", Unit.RATIO,
            "active members who paid any IKS contribution", "active members at period end", BOOKS, FLOW,
            POOLED_RATIO, 1, "");
    public static final IndicatorDefinition IKS_MUTUAL_AID = new IndicatorDefinition("iks_mutual_aid",
            SOLIDARITY, "Tolong-menolong IKS", "IKS mutual aid", Unit.MULTIPLE,
            "IKS paid out (rupiah)", "IKS collected (rupiah)", BOOKS, "cumulative since the grant to period end",
            POOLED_RATIO, 1, "Cumulative, because aid is rare and lumpy; may exceed 1 when the fund drew on"
                    + " surplus.");
    public static final IndicatorDefinition MEMBER_RETENTION = new IndicatorDefinition("member_retention",
            SOLIDARITY, "Retensi anggota", "Member retention", Unit.RATIO,
            "members active at period start still active at period end", "members active at period start",
            MEMBERSHIP, FLOW, POOLED_RATIO, 1, "");
    public static final IndicatorDefinition CONTRIBUTION_COMPLIANCE = new IndicatorDefinition(
            "contribution_compliance", SOLIDARITY, "Kepatuhan iuran wajib", "Contribution compliance",
            Unit.RATIO, "mandatory contributions paid (rupiah)", "mandatory contributions due (rupiah)", BOOKS,
            FLOW, POOLED_RATIO, 1, "Added: feeds the 'contribution and IKS discipline' health dimension.");

    // 2. Income
    public static final IndicatorDefinition MEDIAN_INCOME_CHANGE = new IndicatorDefinition("median_income_change",
            INCOME, "Median perubahan pendapatan rumah tangga", "Median household income change", Unit.RUPIAH,
            "median over households of (monthly income now − monthly income at baseline)", NONE,
            HOUSEHOLD_SURVEY, LATEST_SURVEY, MEDIAN, 1,
            "Per household change, then the median (not the change of medians), so it follows the same"
                    + " families; nominal rupiah per month.");
    public static final IndicatorDefinition ABOVE_POVERTY_LINE = new IndicatorDefinition("above_poverty_line",
            INCOME, "Rumah tangga di atas garis kemiskinan", "Households at or above the poverty line", Unit.RATIO,
            "households with monthly income per capita ≥ BPS poverty line (urban/rural of their village, period)",
            "households surveyed", HOUSEHOLD_SURVEY, LATEST_SURVEY, POOLED_RATIO, 1,
            "Per capita (income ÷ household size), as the BPS line is per capita per month.");
    public static final IndicatorDefinition SHU_PER_MEMBER = new IndicatorDefinition("shu_per_member",
            INCOME, "SHU dibagikan per anggota", "Surplus (SHU) paid per member", Unit.RUPIAH,
            "SHU paid out to members in the period (rupiah)", "active members at period end", BOOKS, FLOW,
            MEDIAN, 1, "Whole rupiah, rounded half-even; a yearly figure when the period is a year.");
    public static final IndicatorDefinition KUBE_INCOME_SHARE = new IndicatorDefinition("kube_income_share",
            INCOME, "Porsi pendapatan dari usaha KUBE", "Share of household income from the KUBE business",
            Unit.RATIO, "income from the KUBE business (sum over households)", "household income (sum)",
            HOUSEHOLD_SURVEY, LATEST_SURVEY, POOLED_RATIO, 1, "Added: shows whether the business matters to"
                    + " the families.");

    // 3. Business independence
    public static final IndicatorDefinition CAPITAL_MULTIPLE = new IndicatorDefinition("capital_multiple",
            INDEPENDENCE, "Kelipatan modal", "Capital multiple", Unit.MULTIPLE,
            "group equity (rupiah)", "stimulus grant received (rupiah)", BOOKS, STOCK, POOLED_RATIO, 1, "");
    public static final IndicatorDefinition SELF_FUNDED_SHARE = new IndicatorDefinition("self_funded_share",
            INDEPENDENCE, "Porsi modal swadana", "Self-funded share of capital", Unit.RATIO,
            "members' principal and mandatory contributions + retained surplus (rupiah)", "group equity (rupiah)",
            BOOKS, STOCK, POOLED_RATIO, 1, "");
    public static final IndicatorDefinition ACTIVE_MONTHS = new IndicatorDefinition("active_months_share",
            INDEPENDENCE, "Bulan usaha aktif", "Active months", Unit.RATIO,
            "months with revenue since the grant", "months since the grant", BOOKS,
            "cumulative since the grant to period end", POOLED_RATIO, 1, "");
    public static final IndicatorDefinition PROFIT_MARGIN = new IndicatorDefinition("profit_margin",
            INDEPENDENCE, "Marjin laba", "Profit margin", Unit.RATIO,
            "revenue − expenses (rupiah)", "revenue (rupiah)", BOOKS, FLOW, POOLED_RATIO, 1,
            "Negative when the business lost money.");
    public static final IndicatorDefinition PAR30 = new IndicatorDefinition("par30",
            INDEPENDENCE, "Portofolio berisiko > 30 hari", "Portfolio at risk > 30 days", Unit.RATIO,
            "outstanding principal of loans more than 30 days past due", "outstanding principal", BOOKS, STOCK,
            POOLED_RATIO, 1, "");
    public static final IndicatorDefinition REPAYMENT_RATE = new IndicatorDefinition("repayment_rate",
            INDEPENDENCE, "Tingkat pengembalian", "Repayment rate", Unit.RATIO,
            "installments repaid (rupiah)", "installments due (rupiah)", BOOKS, FLOW, POOLED_RATIO, 1,
            "Capped at 1: early repayments do not hide arrears.");
    public static final IndicatorDefinition DIGITAL_ADOPTION = new IndicatorDefinition("digital_adoption",
            INDEPENDENCE, "Adopsi digital", "Digital adoption", Unit.RATIO,
            "digital practices in use (sells online; takes digital payments such as QRIS)", "2 practices",
            SUPPORT, "latest assessment on or before period end", POOLED_RATIO, 1, "");
    public static final IndicatorDefinition SUPPORT_REACH = new IndicatorDefinition("support_reach",
            INDEPENDENCE, "Anggota yang mendapat pembinaan", "Members reached by support", Unit.RATIO,
            "active members who took part in a training, certification or market-access activity that started in"
                    + " the twelve months up to period end", "active members at period end", SUPPORT,
            "rolling twelve months to period end", POOLED_RATIO, 1, "Added: the support register's data path"
                    + " (agency, topic and participants are in the records); a certification of the group's product"
                    + " without named participants reaches no member.");
    public static final IndicatorDefinition BOOKS_ON_TIME = new IndicatorDefinition("books_on_time",
            INDEPENDENCE, "Pembukuan tepat waktu", "Books closed on time", Unit.RATIO,
            "months of the period closed within 10 days after month end", "months in the period", BOOKS, FLOW,
            POOLED_RATIO, 1, "Added: feeds the 'books and reporting on time' health dimension.");
    public static final IndicatorDefinition CASH_COUNT_AGREEMENT = new IndicatorDefinition("cash_count_agreement",
            INDEPENDENCE, "Kas fisik sesuai buku", "Cash counts agreeing with the books", Unit.RATIO,
            "cash counts equal to the book balance", "cash counts recorded", BOOKS, FLOW, POOLED_RATIO, 1,
            "Added: feeds the 'books and reporting on time' health dimension.");

    // 4. Access
    public static final IndicatorDefinition JKN_COVERAGE = new IndicatorDefinition("jkn_coverage",
            ACCESS, "Kepesertaan JKN/KIS", "JKN/KIS health insurance", Unit.RATIO,
            "households where every member has JKN/KIS", "households surveyed", HOUSEHOLD_SURVEY, LATEST_SURVEY,
            POOLED_RATIO, 1, "");
    public static final IndicatorDefinition SCHOOL_ENROLMENT = new IndicatorDefinition("school_enrolment",
            ACCESS, "Anak usia sekolah bersekolah", "All school-age children in school", Unit.RATIO,
            "households whose children aged 7–18 are all in school", "households with children aged 7–18",
            HOUSEHOLD_SURVEY, LATEST_SURVEY, POOLED_RATIO, 1, "");
    public static final IndicatorDefinition BIRTH_CERTIFICATES = new IndicatorDefinition("birth_certificates",
            ACCESS, "Akta kelahiran", "Birth certificates", Unit.RATIO,
            "households where every member has a birth certificate", "households surveyed", HOUSEHOLD_SURVEY,
            LATEST_SURVEY, POOLED_RATIO, 1, "");
    public static final IndicatorDefinition BANK_ACCOUNT = new IndicatorDefinition("bank_account",
            ACCESS, "Rekening bank", "Bank account", Unit.RATIO,
            "households with a bank account", "households surveyed", HOUSEHOLD_SURVEY, LATEST_SURVEY,
            POOLED_RATIO, 1, "");
    public static final IndicatorDefinition REFERRALS_COMPLETED = new IndicatorDefinition("referrals_completed",
            ACCESS, "Rujukan pendamping selesai", "Facilitator referrals completed", Unit.RATIO,
            "referrals made in the period and completed by period end", "referrals made in the period", SUPPORT,
            FLOW, POOLED_RATIO, 1, "");

    // 5. Concern
    public static final IndicatorDefinition EXTERNAL_SUPPORT = new IndicatorDefinition("external_support_ratio",
            CONCERN, "Dukungan eksternal terhadap stimulus", "External support ÷ stimulus", Unit.MULTIPLE,
            "external support received, cash and in kind valued in rupiah (CSR, village funds, agencies)",
            "stimulus grant received (rupiah)", GROUP_EVENTS, "cumulative since the grant to period end",
            POOLED_RATIO, 1, "");
    public static final IndicatorDefinition ACTIVE_PARTNERSHIPS = new IndicatorDefinition("active_partnerships",
            CONCERN, "Kemitraan aktif", "Active partnerships", Unit.COUNT,
            "partnerships (buyers, suppliers, banks, CSR, government, universities) active at period end", NONE,
            GROUP_EVENTS, STOCK, SUM, 1, "");
    public static final IndicatorDefinition NON_MEMBER_PARTICIPATION = new IndicatorDefinition(
            "non_member_participation", CONCERN, "Partisipasi bukan anggota", "Non-members taking part",
            Unit.COUNT, "non-members recorded taking part in community contributions", NONE, GROUP_EVENTS, FLOW,
            SUM, 1, "");

    // 6. Resilience
    public static final IndicatorDefinition SHOCK_RESPONSE = new IndicatorDefinition("shock_response",
            RESILIENCE, "Tanggap guncangan", "Shock response", Unit.RATIO,
            "members hit by a shock who got IKS aid or a loan within 30 days", "members hit by a shock",
            GROUP_EVENTS, "shocks dated in the period", POOLED_RATIO, 1, "");
    public static final IndicatorDefinition BUFFER_MONTHS = new IndicatorDefinition("buffer_months",
            RESILIENCE, "Bulan penyangga", "Buffer months", Unit.MONTHS,
            "IKS balance + emergency fund (rupiah)", "active members × poverty line per month (rupiah)", BOOKS,
            STOCK, POOLED_RATIO, 1, "Poverty line of the group's village type (urban/rural) for the period.");
    public static final IndicatorDefinition SURVIVAL_12 = survival(12);
    public static final IndicatorDefinition SURVIVAL_24 = survival(24);
    public static final IndicatorDefinition SURVIVAL_36 = survival(36);
    public static final IndicatorDefinition BCP_SCORE = new IndicatorDefinition("bcp_score",
            RESILIENCE, "Skor kesiapan usaha (BCP)", "Business continuity (BCP) score", Unit.RATIO,
            "checklist items in place (backup of records, alternative suppliers, alternative markets,"
                    + " emergency fund)", "4 items", GROUP_EVENTS, "latest checklist on or before period end",
            POOLED_RATIO, 1, "");
    public static final IndicatorDefinition LEFT_LOWEST_DECILES = new IndicatorDefinition("left_lowest_deciles",
            RESILIENCE, "Keluar dari desil terbawah", "Households that left the lowest welfare deciles",
            Unit.RATIO, "households in DTSEN deciles 1–4 at baseline now in decile ≥ 5 or off the register",
            "households in deciles 1–4 at baseline", HOUSEHOLD_SURVEY, LATEST_SURVEY, POOLED_RATIO, 1,
            "Deciles 1–4 are the social-assistance target population of the register.");

    private static final List<IndicatorDefinition> ALL = List.of(
            MEETING_REGULARITY, ATTENDANCE, IKS_PARTICIPATION, IKS_MUTUAL_AID, MEMBER_RETENTION,
            CONTRIBUTION_COMPLIANCE,
            MEDIAN_INCOME_CHANGE, ABOVE_POVERTY_LINE, SHU_PER_MEMBER, KUBE_INCOME_SHARE,
            CAPITAL_MULTIPLE, SELF_FUNDED_SHARE, ACTIVE_MONTHS, PROFIT_MARGIN, PAR30, REPAYMENT_RATE,
            DIGITAL_ADOPTION, SUPPORT_REACH, BOOKS_ON_TIME, CASH_COUNT_AGREEMENT,
            JKN_COVERAGE, SCHOOL_ENROLMENT, BIRTH_CERTIFICATES, BANK_ACCOUNT, REFERRALS_COMPLETED,
            EXTERNAL_SUPPORT, ACTIVE_PARTNERSHIPS, NON_MEMBER_PARTICIPATION,
            SHOCK_RESPONSE, BUFFER_MONTHS, SURVIVAL_12, SURVIVAL_24, SURVIVAL_36, BCP_SCORE, LEFT_LOWEST_DECILES);

    private static final Map<String, IndicatorDefinition> BY_ID = index();

    private Indicators() {
    }

    private static IndicatorDefinition survival(int months) {
        return new IndicatorDefinition("survival_" + months + "m", RESILIENCE,
                "Kelompok bertahan " + months + " bulan", "Group survival at " + months + " months", Unit.RATIO,
                "groups of the formation cohort still active (or graduated) " + months + " months after formation",
                "groups of the cohort that were " + months + " months old by period end", GROUP_REGISTER,
                "status " + months + " months after formation", POOLED_RATIO, 1,
                "Per group 1 (survived) or 0; missing until the group is " + months
                        + " months old. Aggregate by formation-year cohort.");
    }

    private static Map<String, IndicatorDefinition> index() {
        Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
        for (IndicatorDefinition d : ALL) {
            if (map.put(d.id(), d) != null) {
                throw new IllegalStateException("duplicate indicator id " + d.id());
            }
        }
        return Map.copyOf(map);
    }

    /** Every indicator, in codebook order. */
    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    public static IndicatorDefinition byId(String id) {
        IndicatorDefinition d = BY_ID.get(id);
        if (d == null) {
            throw new IndicatorException(IndicatorException.Reason.UNKNOWN_INDICATOR,
                    "Indikator tidak dikenal: '" + id + "'");
        }
        return d;
    }
}
