-- Revolving-fund (dana bergulir) loans. A loan's schedule is versioned: restructuring adds a version and keeps
-- the old one. Repayments are recorded as allocations to installments (fee first, then principal, oldest
-- installment first), each pointing at its journal entry. Schedules, allocations and events are append-only.
create table ledger.loan (
    group_id               uuid         not null references ledger.book (group_id),
    loan_no                bigint       not null check (loan_no > 0),
    member_id              uuid         not null,
    principal              bigint       not null check (principal > 0),
    disbursed_on           date         not null,
    status                 varchar(12)  not null check (status in ('ACTIVE', 'CLOSED', 'WRITTEN_OFF')),
    current_version        int          not null default 1 check (current_version > 0),
    disbursement_entry_no  bigint       not null,
    primary key (group_id, loan_no),
    constraint loan_disbursement_fk foreign key (group_id, disbursement_entry_no) references ledger.entry (group_id, entry_no)
);
create index loan_member_idx on ledger.loan (group_id, member_id);

create table ledger.loan_schedule (
    group_id          uuid          not null,
    loan_no           bigint        not null,
    version           int           not null check (version > 0),
    principal         bigint        not null check (principal > 0),
    fee_method        varchar(10)   not null check (fee_method in ('FLAT', 'DECLINING')),
    monthly_fee_rate_percent numeric(7,4) not null check (monthly_fee_rate_percent >= 0 and monthly_fee_rate_percent <= 10),
    frequency         varchar(12)   not null check (frequency in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    installments      int           not null check (installments between 1 and 260),
    grace_periods     int           not null check (grace_periods between 0 and 52),
    starts_on         date          not null,
    primary key (group_id, loan_no, version),
    constraint loan_schedule_loan_fk foreign key (group_id, loan_no) references ledger.loan (group_id, loan_no)
);

create table ledger.loan_installment (
    group_id       uuid    not null,
    loan_no        bigint  not null,
    version        int     not null,
    seq            int     not null check (seq > 0),
    due_on         date    not null,
    principal_due  bigint  not null check (principal_due >= 0),
    fee_due        bigint  not null check (fee_due >= 0),
    primary key (group_id, loan_no, version, seq),
    constraint loan_installment_schedule_fk foreign key (group_id, loan_no, version) references ledger.loan_schedule (group_id, loan_no, version)
);

create table ledger.loan_allocation (
    group_id        uuid    not null,
    loan_no         bigint  not null,
    entry_no        bigint  not null,
    version         int     not null,
    seq             int     not null,
    paid_on         date    not null,
    fee_paid        bigint  not null check (fee_paid >= 0),
    principal_paid  bigint  not null check (principal_paid >= 0),
    primary key (group_id, loan_no, entry_no, version, seq),
    constraint loan_allocation_positive check (fee_paid + principal_paid > 0),
    constraint loan_allocation_installment_fk foreign key (group_id, loan_no, version, seq)
        references ledger.loan_installment (group_id, loan_no, version, seq),
    constraint loan_allocation_entry_fk foreign key (group_id, entry_no) references ledger.entry (group_id, entry_no)
);

create table ledger.loan_event (
    group_id              uuid          not null,
    loan_no               bigint        not null,
    event_no              bigint        generated always as identity,
    kind                  varchar(20)   not null check (kind in ('RESTRUCTURED', 'WRITTEN_OFF')),
    occurred_on           date          not null,
    outstanding_principal bigint        not null check (outstanding_principal >= 0),
    capitalized_fee       bigint        not null default 0 check (capitalized_fee >= 0),
    from_version          int           not null,
    to_version            int,
    reason                varchar(500)  not null check (length(reason) between 1 and 500),
    approved_by           varchar(100)  not null check (length(approved_by) between 1 and 100),
    recorded_by           varchar(100)  not null,
    entry_no              bigint,
    idempotency_key       varchar(100)  not null,
    recorded_at           timestamptz   not null,
    primary key (group_id, event_no),
    constraint loan_event_key_unique unique (group_id, idempotency_key),
    constraint loan_event_loan_fk foreign key (group_id, loan_no) references ledger.loan (group_id, loan_no),
    constraint loan_event_entry_fk foreign key (group_id, entry_no) references ledger.entry (group_id, entry_no)
);

-- [jooq ignore start]
create trigger loan_schedule_immutable before update or delete or truncate on ledger.loan_schedule
    for each statement execute function ledger.refuse_change();
create trigger loan_installment_immutable before update or delete or truncate on ledger.loan_installment
    for each statement execute function ledger.refuse_change();
create trigger loan_allocation_immutable before update or delete or truncate on ledger.loan_allocation
    for each statement execute function ledger.refuse_change();
create trigger loan_event_immutable before update or delete or truncate on ledger.loan_event
    for each statement execute function ledger.refuse_change();
-- [jooq ignore stop]
