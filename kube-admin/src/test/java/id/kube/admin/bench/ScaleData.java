package id.kube.admin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * A minimal scale generator for the dashboard benchmark (until the seeds module's COPY loader lands): groups
 * spread over every reference village, ten members each, the KUBE chart of accounts, {@code entriesPerGroup}
 * balanced two-leg entries per group over the last two years (contributions, sales, expenses, purchases, loan
 * disbursements and repayments, IKS), stored balances equal to the legs, and the last six months closed for
 * four groups in five. Written set-based in SQL with triggers and foreign keys off for the load
 * ({@code session_replication_role = replica}); CHECK constraints still apply. Members have no person rows
 * (the dashboard and the grid only count them). Hash-chain columns hold placeholders: the benchmark does not
 * verify chains. Raw SQL by design: this is benchmark set-up, not application code.
 */
final class ScaleData {

    private static final String CHART = """
            ('1101','Kas','ASSET','CASH',true), ('1102','Bank','ASSET','BANK',true),
            ('1201','Piutang pinjaman anggota','ASSET','LOANS_RECEIVABLE',true),
            ('1301','Persediaan barang','ASSET','INVENTORY',true),
            ('2101','Simpanan sukarela anggota','LIABILITY','VOLUNTARY_SAVINGS',true),
            ('2201','SHU anggota belum dibayar','LIABILITY','SURPLUS_PAYABLE',true),
            ('3101','Modal bantuan (hibah) pemerintah','EQUITY','GRANT_CAPITAL',false),
            ('3201','Simpanan pokok','EQUITY','PRINCIPAL_CONTRIBUTIONS',false),
            ('3202','Simpanan wajib','EQUITY','MANDATORY_CONTRIBUTIONS',false),
            ('3301','Dana IKS','EQUITY','IKS_FUND',true), ('3401','Cadangan','EQUITY','RESERVE',false),
            ('3501','SHU ditahan','EQUITY','RETAINED_SURPLUS',false), ('4101','Penjualan','INCOME','SALES',false),
            ('4201','Pendapatan jasa pinjaman','INCOME','LOAN_FEES',false),
            ('4901','Pendapatan lain-lain','INCOME','OTHER_INCOME',false),
            ('5101','Pembelian','EXPENSE','PURCHASES',false),
            ('5201','Beban operasional','EXPENSE','OPERATING_EXPENSES',false),
            ('5301','Beban penghapusan pinjaman','EXPENSE','LOAN_WRITE_OFFS',false)""";

    // entry j of a group is of kind j % 10: debit account, credit account, amount
    private static final String KINDS = "(array['CONTRIBUTION','SALE','EXPENSE','LOAN_DISBURSEMENT','PURCHASE',"
            + "'CONTRIBUTION','SALE','EXPENSE','LOAN_REPAYMENT','IKS_CONTRIBUTION'])[1 + j % 10]";
    private static final String DEBIT = "(array['1101','1101','5201','1201','5101','1101','1101','5201','1101','1101'])[1 + j % 10]";
    private static final String CREDIT = "(array['3202','4101','1101','1101','1101','3201','4101','1101','1201','3301'])[1 + j % 10]";
    private static final String AMOUNT = "(array[50000,80000,30000,200000,20000,50000,80000,30000,100000,10000])[1 + j % 10]::bigint";

    private ScaleData() {
    }

    static void generate(DataSource dataSource, int groups, int entriesPerGroup) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.execute("set synchronous_commit = off");
            long started = System.nanoTime();
            sql.execute("""
                    insert into kube.kube_group (id, name, registration_number, village_code, region_decree_id, formed_on,
                        stimulus_amount, stimulus_currency, stimulus_received_on, stimulus_scheme, status, status_since,
                        stage, created_at, created_by, updated_at, updated_by)
                    select md5('g' || i)::uuid,
                           'KUBE ' || (array['Mawar','Melati','Anggrek','Kenanga','Cempaka','Dahlia','Teratai','Flamboyan',
                               'Sakura','Kamboja'])[1 + i %% 10] || ' ' || lpad(i::text, 6, '0'),
                           'SKALA-' || i, v.code, v.decree_id, date '2023-01-01', 20000000, 'IDR', date '2023-02-01',
                           'Bantuan sosial KUBE',
                           (array['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','FORMING','SUSPENDED','GRADUATED',
                               'ACTIVE'])[1 + i %% 10], date '2023-03-01',
                           (array['TUMBUH','TUMBUH','BERKEMBANG','MAJU'])[1 + (i / 7) %% 4], now(), 'bench', now(), 'bench'
                      from generate_series(1, %d) i
                      join (select code, decree_id, (row_number() over (order by code) - 1)::int as k,
                                   (count(*) over ())::int as total
                              from kube.region where region_level = 'VILLAGE') v on v.k = i %% v.total
                    """.formatted(groups));
            log("groups", started);
            started = System.nanoTime();
            sql.execute("""
                    insert into kube.member (id, group_id, person_id, nik_hash, family_card_hash, role, joined_on,
                        created_at, created_by, updated_at, updated_by)
                    select md5('m' || i || '-' || m)::uuid, md5('g' || i)::uuid, md5('p' || i || '-' || m)::uuid,
                           md5('n' || i || '-' || m) || md5('N' || i || '-' || m),
                           md5('k' || i || '-' || m) || md5('K' || i || '-' || m),
                           case m when 1 then 'CHAIR' when 2 then 'TREASURER' else 'MEMBER' end,
                           date '2023-01-01', now(), 'bench', now(), 'bench'
                      from generate_series(1, %d) i, generate_series(1, 10) m
                    """.formatted(groups));
            log("members", started);
            started = System.nanoTime();
            sql.execute("insert into ledger.book (group_id, last_entry_no, last_hash) select md5('g' || i)::uuid, %d,"
                    .formatted(entriesPerGroup) + " '\\x00'::bytea from generate_series(1, %d) i".formatted(groups));
            sql.execute("insert into ledger.account (group_id, code, name, type, role, non_negative)"
                    + " select b.group_id, c.code, c.name, c.type, c.role, c.nn from ledger.book b cross join (values "
                    + CHART + ") c(code, name, type, role, nn)");
            log("books and accounts", started);
            int chunk = 10_000;
            for (int from = 1; from <= groups; from += chunk) {
                int to = Math.min(groups, from + chunk - 1);
                started = System.nanoTime();
                String series = " from generate_series(%d, %d) i, generate_series(1, %d) j".formatted(from, to,
                        entriesPerGroup);
                String valueDate = "(current_date - 730 + ((j - 1) * 720 / %d) + i %% 7)".formatted(entriesPerGroup);
                sql.execute("insert into ledger.entry (group_id, entry_no, idempotency_key, content_hash, kind, value_date,"
                        + " booked_at, description, posted_by, batch_id, prev_hash, hash)"
                        + " select md5('g' || i)::uuid, j, 'skala-' || j, '\\x00'::bytea, " + KINDS + ", " + valueDate
                        + ", now() - (730 - ((j - 1) * 720 / " + entriesPerGroup + ")) * interval '1 day', 'Skala', 'bench',"
                        + " md5('b' || i || '-' || j)::uuid, '\\x00'::bytea, '\\x00'::bytea" + series);
                sql.execute("insert into ledger.leg (group_id, entry_no, leg_no, account_code, amount, value_date)"
                        + " select md5('g' || i)::uuid, j, 1, " + DEBIT + ", " + AMOUNT + ", " + valueDate + series
                        + " union all select md5('g' || i)::uuid, j, 2, " + CREDIT + ", -" + AMOUNT + ", " + valueDate
                        + series);
                log("entries and legs of groups " + from + ".." + to, started);
            }
            started = System.nanoTime();
            sql.execute("""
                    update ledger.account a set balance = s.total
                      from (select group_id, account_code, sum(amount)::bigint as total from ledger.leg
                             group by group_id, account_code) s
                     where a.group_id = s.group_id and a.code = s.account_code
                    """);
            log("stored balances", started);
            started = System.nanoTime();
            sql.execute("""
                    insert into ledger.period (group_id, month, closed)
                    select md5('g' || i)::uuid, (date_trunc('month', current_date) - m * interval '1 month')::date, true
                      from generate_series(1, %d) i, generate_series(1, 6) m where i %% 5 <> 0
                    """.formatted(groups));
            log("closed months", started);
            sql.execute("set session_replication_role = origin");
            started = System.nanoTime();
            sql.execute("vacuum analyze");
            log("vacuum analyze", started);
        }
    }

    private static void log(String what, long startedNanos) {
        System.out.printf("  generated %-40s %,8d ms%n", what, (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
