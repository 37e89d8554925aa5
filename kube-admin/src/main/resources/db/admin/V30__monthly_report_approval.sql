-- Monthly report and approval: the treasurer submits a month, the facilitator reviews it (accepts or sends it
-- back with a comment), the district officer approves it; approval closes the month in the group's books
-- (ledger.period), so corrections go into the next open month.
--
-- monthly_report holds the current state of a group's month and the figures as the treasurer submitted them
-- (whole rupiah), so the reviewers see what was submitted and an approval can refuse figures that changed since.
create table admin.monthly_report (
    group_id           uuid         not null,
    month              date         not null check (extract(day from month) = 1),
    state              varchar(12)  not null check (state in ('SUBMITTED', 'RETURNED', 'REVIEWED', 'APPROVED')),
    opening_cash       bigint       not null,
    closing_cash       bigint       not null,
    opening_bank       bigint       not null,
    closing_bank       bigint       not null,
    total_income       bigint       not null,
    total_expenses     bigint       not null,
    contributions      bigint       not null,
    loans_disbursed    bigint       not null check (loans_disbursed >= 0),
    loans_repaid       bigint       not null check (loans_repaid >= 0),
    loans_outstanding  bigint       not null check (loans_outstanding >= 0),
    arrears_overdue    bigint       not null check (arrears_overdue >= 0),
    at_risk_over_30    bigint       not null check (at_risk_over_30 >= 0),
    iks_in             bigint       not null,
    iks_out            bigint       not null,
    iks_balance        bigint       not null,
    submitted_by       varchar(60)  not null,
    submitted_at       timestamptz  not null,
    updated_at         timestamptz  not null,
    primary key (group_id, month)
);
create index monthly_report_month_state_idx on admin.monthly_report (month, state);

-- Every step of the workflow, with who, in which role, when and why. Append-only.
create table admin.monthly_report_event (
    id           bigint       generated always as identity primary key,
    group_id     uuid         not null,
    month        date         not null,
    action       varchar(12)  not null check (action in ('SUBMIT', 'ACCEPT', 'SEND_BACK', 'APPROVE')),
    from_state   varchar(12),
    to_state     varchar(12)  not null,
    actor        varchar(60)  not null check (length(actor) between 1 and 60),
    actor_role   varchar(20)  not null,
    comment      varchar(1000),
    occurred_at  timestamptz  not null,
    check (action <> 'SEND_BACK' or (comment is not null and length(btrim(comment)) > 0)),
    constraint monthly_report_event_report_fk foreign key (group_id, month)
        references admin.monthly_report (group_id, month)
);
create index monthly_report_event_report_idx on admin.monthly_report_event (group_id, month, id);

-- [jooq ignore start]
alter table admin.monthly_report add foreign key (group_id) references kube.kube_group (id);

create function admin.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'admin.% is append-only', tg_table_name using errcode = 'P0001';
end $$;
create trigger monthly_report_event_append_only before update or delete or truncate on admin.monthly_report_event
    for each statement execute function admin.refuse_change();
-- [jooq ignore stop]
