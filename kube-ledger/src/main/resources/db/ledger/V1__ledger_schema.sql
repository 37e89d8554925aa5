create schema if not exists ledger;

-- The books of KUBE groups. Every table carries group_id as the first column of its primary key and no
-- foreign key crosses groups, so the schema distributes by group_id (e.g. Citus create_distributed_table on
-- group_id) unchanged. Amounts are whole rupiah (IDR minor unit 0) in bigint; currency is always IDR.

-- One row per group: its settings and the head of its tamper-evident hash chain.
create table ledger.book (
    group_id            uuid         not null primary key,
    currency            char(3)      not null default 'IDR' check (currency = 'IDR'),
    -- Amounts are stored in whole rupiah; a book in sen is not supported, so the setting is pinned to true.
    whole_rupiah        boolean      not null default true check (whole_rupiah),
    overpayment_policy  varchar(20)  not null default 'REJECT'
                        check (overpayment_policy in ('REJECT', 'HOLD_AS_SAVINGS')),
    last_entry_no       bigint       not null default 0 check (last_entry_no >= 0),
    last_hash           bytea        not null,
    created_at          timestamptz  not null default now()
);

-- Chart of accounts per group. balance is debit-positive (debits minus credits), maintained with every
-- posting; non_negative means the account may never go below zero on its normal side.
create table ledger.account (
    group_id      uuid         not null references ledger.book (group_id),
    code          varchar(20)  not null check (code ~ '^[0-9A-Za-z.-]{1,20}$'),
    name          varchar(120) not null check (length(name) between 1 and 120),
    type          varchar(10)  not null check (type in ('ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE')),
    role          varchar(30),
    non_negative  boolean      not null default false,
    balance       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    primary key (group_id, code),
    constraint account_role_unique unique (group_id, role),
    constraint account_never_below_zero check (
        not non_negative
        or (type in ('ASSET', 'EXPENSE') and balance >= 0)
        or (type in ('LIABILITY', 'EQUITY', 'INCOME') and balance <= 0))
);

-- Journal entries, numbered 1.. per group in posting order (also the order of the hash chain).
create table ledger.entry (
    group_id          uuid         not null references ledger.book (group_id),
    entry_no          bigint       not null check (entry_no > 0),
    idempotency_key   varchar(100) not null check (length(idempotency_key) between 1 and 100),
    content_hash      bytea        not null,
    kind              varchar(30)  not null,
    value_date        date         not null,
    booked_at         timestamptz  not null,
    description       varchar(500) not null check (length(description) between 1 and 500),
    member_id         uuid,
    posted_by         varchar(100) not null check (length(posted_by) between 1 and 100),
    reverses_entry_no bigint,
    batch_id          uuid         not null,
    prev_hash         bytea        not null,
    hash              bytea        not null,
    primary key (group_id, entry_no),
    constraint entry_idempotency_key_unique unique (group_id, idempotency_key),
    constraint entry_reverses_fk foreign key (group_id, reverses_entry_no) references ledger.entry (group_id, entry_no),
    constraint entry_not_self_reversal check (reverses_entry_no is null or reverses_entry_no < entry_no)
);
create unique index entry_reversed_once on ledger.entry (group_id, reverses_entry_no) where reverses_entry_no is not null;
create unique index entry_one_opening_balance on ledger.entry (group_id) where kind = 'OPENING_BALANCE';

-- Legs of an entry: amount is debit-positive, never zero; legs of one entry sum to zero.
create table ledger.leg (
    group_id      uuid         not null,
    entry_no      bigint       not null,
    leg_no        smallint     not null check (leg_no > 0),
    account_code  varchar(20)  not null,
    amount        bigint       not null check (amount <> 0),
    value_date    date         not null,
    member_id     uuid,
    primary key (group_id, entry_no, leg_no),
    constraint leg_entry_fk foreign key (group_id, entry_no) references ledger.entry (group_id, entry_no),
    constraint leg_account_fk foreign key (group_id, account_code) references ledger.account (group_id, code)
);
create index leg_account_date_idx on ledger.leg (group_id, account_code, value_date, amount);
create index leg_member_idx on ledger.leg (group_id, member_id, value_date) where member_id is not null;

-- Accounting months. A missing row means open.
create table ledger.period (
    group_id    uuid        not null references ledger.book (group_id),
    month       date        not null check (extract(day from month) = 1),
    closed      boolean     not null,
    primary key (group_id, month)
);

-- Every close and reopen, with who and why: reopening is never a silent delete.
create table ledger.period_event (
    group_id    uuid         not null,
    event_no    bigint       generated always as identity,
    month       date         not null,
    action      varchar(10)  not null check (action in ('CLOSE', 'REOPEN')),
    reason      varchar(500) not null check (length(reason) between 1 and 500),
    actor       varchar(100) not null check (length(actor) between 1 and 100),
    occurred_at timestamptz  not null,
    primary key (group_id, event_no),
    constraint period_event_period_fk foreign key (group_id, month) references ledger.period (group_id, month)
);

-- Cash counts (kas fisik) kept as balance assertions against the books (saldo buku) at that date.
create table ledger.cash_count (
    group_id        uuid         not null references ledger.book (group_id),
    count_no        bigint       generated always as identity,
    account_code    varchar(20)  not null,
    counted_on      date         not null,
    counted_amount  bigint       not null check (counted_amount >= 0),
    book_balance    bigint       not null,
    difference      bigint       not null,
    counted_by      varchar(100) not null,
    recorded_at     timestamptz  not null,
    note            varchar(500),
    primary key (group_id, count_no),
    constraint cash_count_difference check (difference = counted_amount - book_balance),
    constraint cash_count_account_fk foreign key (group_id, account_code) references ledger.account (group_id, code)
);

-- [jooq ignore start]
-- Entries and legs are immutable: a correction is a reversal entry.
create function ledger.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger.% is append-only: correct with a reversal entry', tg_table_name
        using errcode = 'P0001', hint = 'KUBE_IMMUTABLE';
end $$;
create trigger entry_immutable before update or delete or truncate on ledger.entry
    for each statement execute function ledger.refuse_change();
create trigger leg_immutable before update or delete or truncate on ledger.leg
    for each statement execute function ledger.refuse_change();
create trigger period_event_immutable before update or delete or truncate on ledger.period_event
    for each statement execute function ledger.refuse_change();
create trigger cash_count_immutable before update or delete or truncate on ledger.cash_count
    for each statement execute function ledger.refuse_change();

-- Set-based checks once per statement: every entry touched by the inserted legs balances to zero with at
-- least two legs, and nothing is inserted into a closed month.
create function ledger.check_inserted_legs() returns trigger language plpgsql as $$
declare
    bad record;
begin
    -- one index probe per touched entry, whatever the statistics of the transition table say
    select n.group_id, n.entry_no into bad
      from (select distinct group_id, entry_no from new_legs) n
      cross join lateral (select sum(l.amount) as total, count(*) as legs
                            from ledger.leg l
                           where l.group_id = n.group_id and l.entry_no = n.entry_no) s
     where s.total <> 0 or s.legs < 2
     limit 1;
    if found then
        raise exception 'entry % of group % does not balance', bad.entry_no, bad.group_id
            using errcode = 'P0001', hint = 'KUBE_UNBALANCED';
    end if;
    return null;
end $$;
create trigger leg_balanced after insert on ledger.leg
    referencing new table as new_legs
    for each statement execute function ledger.check_inserted_legs();

create function ledger.check_inserted_entries() returns trigger language plpgsql as $$
declare
    bad record;
begin
    select n.group_id, n.entry_no into bad
      from new_entries n
      join ledger.period p on p.group_id = n.group_id
                          and p.month = date_trunc('month', n.value_date)::date
                          and p.closed
     limit 1;
    if found then
        raise exception 'entry % of group % falls in a closed period', bad.entry_no, bad.group_id
            using errcode = 'P0001', hint = 'KUBE_CLOSED_PERIOD';
    end if;
    return null;
end $$;
create trigger entry_open_period after insert on ledger.entry
    referencing new table as new_entries
    for each statement execute function ledger.check_inserted_entries();
-- [jooq ignore stop]
