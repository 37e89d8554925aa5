-- Dashboard summaries, derived from the ledger's stored balances (ledger.account.balance, kept current by the
-- posting path) and its legs. One row per group (never one row per region that every posting would update: no
-- hot row); a region's figures are sums over its groups' rows at read time, except the monthly trends, which
-- are also kept per district so that the national chart reads thousands of rows instead of millions.
-- All rows are written only by DashboardSummaries (kube-admin), under one advisory lock per run.

create table admin.group_summary (
    group_id            uuid         primary key,
    -- ledger.book.last_entry_no these figures were derived at; behind the book means the row is stale
    last_entry_no       bigint       not null check (last_entry_no >= 0),
    -- the day (Asia/Jakarta) the group's latest entry was booked
    last_posted_on      date,
    cash                bigint       not null default 0,
    loans_receivable    bigint       not null default 0,
    own_capital         bigint       not null default 0,
    contributions       bigint       not null default 0,
    active_members      integer      not null default 0 check (active_members >= 0),
    -- the grade of the group's latest stored health score (kube.group_health_score), if any
    health_grade        char(1)      check (health_grade in ('A', 'B', 'C', 'D')),
    -- the loan portfolio (kube-ledger LoanBook.portfolio) at portfolio_as_of
    portfolio_as_of     date,
    portfolio_entry_no  bigint       not null default -1,
    loans_outstanding   bigint       not null default 0 check (loans_outstanding >= 0),
    par30_principal     bigint       not null default 0 check (par30_principal >= 0),
    due_to_date         bigint       not null default 0 check (due_to_date >= 0),
    paid_on_due         bigint       not null default 0 check (paid_on_due >= 0),
    refreshed_at        timestamptz  not null,
    check (par30_principal <= loans_outstanding),
    check (paid_on_due <= due_to_date)
);

-- Movements of one group in one calendar month (value date), recomputed from the legs whenever a posting
-- touches the month; as_of_entry_no is the ledger.book.last_entry_no they were computed at.
create table admin.group_month (
    group_id         uuid    not null,
    month            date    not null check (extract(day from month) = 1),
    district_code    varchar(8) not null,
    as_of_entry_no   bigint  not null,
    cash_movement    bigint  not null default 0,
    loans_disbursed  bigint  not null default 0,
    loans_repaid     bigint  not null default 0,
    contributions    bigint  not null default 0,
    sales            bigint  not null default 0,
    primary key (group_id, month)
);

-- The same movements summed per district and month (the district is the group's village's district).
create table admin.district_month (
    district_code    varchar(8) not null,
    month            date    not null check (extract(day from month) = 1),
    cash_movement    bigint  not null default 0,
    loans_disbursed  bigint  not null default 0,
    loans_repaid     bigint  not null default 0,
    contributions    bigint  not null default 0,
    sales            bigint  not null default 0,
    primary key (district_code, month)
);
