-- Completions recorded after the fact keep the moment they became known, so indicators "as of" a date do not
-- see a referral completed, a shock victim helped or a partnership ended that nobody knew of then.
alter table kube.referral add column completion_recorded_at timestamptz;
alter table kube.referral add column completion_recorded_by varchar(200);
-- [jooq ignore start]
update kube.referral set completion_recorded_at = recorded_at, completion_recorded_by = recorded_by
 where completed_on is not null;
-- [jooq ignore stop]
alter table kube.referral add constraint referral_completion_dated
    check ((completed_on is null) = (completion_recorded_at is null)
       and (completed_on is null) = (completion_recorded_by is null));

alter table kube.shock_member add column help_recorded_at timestamptz;
alter table kube.shock_member add column help_recorded_by varchar(200);
alter table kube.shock_member add column recorded_at timestamptz;
-- [jooq ignore start]
update kube.shock_member m set recorded_at = e.recorded_at from kube.shock_event e where e.id = m.shock_id;
-- [jooq ignore stop]
-- [jooq ignore start]
update kube.shock_member m set help_recorded_at = e.recorded_at, help_recorded_by = e.recorded_by
  from kube.shock_event e where e.id = m.shock_id and m.helped_on is not null;
-- [jooq ignore stop]
alter table kube.shock_member alter column recorded_at set not null;
alter table kube.shock_member add constraint shock_member_help_dated
    check ((helped_on is null) = (help_recorded_at is null) and (helped_on is null) = (help_recorded_by is null));

alter table kube.partnership add column end_recorded_at timestamptz;
alter table kube.partnership add column end_recorded_by varchar(200);
-- [jooq ignore start]
update kube.partnership set end_recorded_at = recorded_at, end_recorded_by = recorded_by where ended_on is not null;
-- [jooq ignore stop]
alter table kube.partnership add constraint partnership_end_dated
    check ((ended_on is null) = (end_recorded_at is null) and (ended_on is null) = (end_recorded_by is null));

-- Why a group is flagged or held back, as codes with arguments (one line per reason,
-- KIND|TARGET|CODE|arg|arg...), so the dashboard can show them in Bahasa Indonesia or English.
alter table kube.group_health_score add column reason_codes text not null default '';

-- One row per batch run of indicators, scores and stages.
create table kube.health_batch_run (
    id              bigint generated always as identity primary key,
    period_type     varchar(7)   not null check (period_type in ('MONTH', 'QUARTER', 'YEAR')),
    period_start    date         not null,
    as_of           date         not null,
    config_version  varchar(40)  not null references kube.health_score_config (version),
    started_at      timestamptz  not null,
    finished_at     timestamptz,
    started_by      varchar(200) not null,
    status          varchar(9)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    groups_total    integer      not null default 0 check (groups_total >= 0),
    groups_scored   integer      not null default 0 check (groups_scored >= 0),
    groups_failed   integer      not null default 0 check (groups_failed >= 0),
    stage_changes   integer      not null default 0 check (stage_changes >= 0),
    failures        text         not null default ''
);
