-- Per-district rollup of the dashboard figures, recomputed in full for the districts of the groups that each
-- summary run refreshes (never updated by a posting: no hot row). A region's or the nation's dashboard sums
-- at most a few thousand of these rows instead of reading every group. The columns are the sums and counts of
-- the district's groups (kube.kube_group joined with admin.group_summary) at the time of the recomputation.
create table admin.district_summary (
    district_code        varchar(8)  primary key,
    groups               bigint      not null,
    status_forming       bigint      not null,
    status_active        bigint      not null,
    status_suspended     bigint      not null,
    status_graduated     bigint      not null,
    status_dissolved     bigint      not null,
    stage_tumbuh         bigint      not null,
    stage_berkembang     bigint      not null,
    stage_maju           bigint      not null,
    stimulus             bigint      not null,
    members              bigint      not null,
    cash                 bigint      not null,
    receivable           bigint      not null,
    outstanding          bigint      not null,
    par30                bigint      not null,
    due                  bigint      not null,
    paid                 bigint      not null,
    attention            bigint      not null,
    reason_par30         bigint      not null,
    reason_repayment     bigint      not null,
    reason_no_posting    bigint      not null,
    reason_suspended     bigint      not null,
    reason_health_d      bigint      not null,
    groups_with_books    bigint      not null,
    oldest_summary       timestamptz,
    recomputed_at        timestamptz not null
);

-- How many of the district's groups have each month closed in the ledger (recomputed with the district).
create table admin.district_closure (
    district_code    varchar(8) not null,
    month            date       not null check (extract(day from month) = 1),
    closed_groups    bigint     not null,
    primary key (district_code, month)
);

-- The attention list of a region: groups with any reason, worst PAR30 first, read through this index.
alter table admin.group_summary add column attention_rank bigint;
create index group_summary_attention_idx on admin.group_summary (attention_rank desc, group_id)
    where attention_rank is not null;
