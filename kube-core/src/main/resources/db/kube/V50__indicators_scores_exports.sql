-- Indicators, health scores, stage history, the poverty-line reference and the export log (issue 6).
-- Versions V50..V99 belong to the indicators feature.

-- One row per group × period × as-of date: every indicator of the catalogue as computed from what the
-- books, meetings, surveys and events said on the as-of date. NULL = missing; missing_reasons says why
-- ("indicator=REASON;..."), suppressed lists indicators blanked because fewer than 5 families stand behind
-- them. This is the read model the dashboards and the research export query.
create table kube.group_period_indicator (
    group_id                   uuid        not null references kube.kube_group (id),
    period_type                varchar(7)  not null check (period_type in ('MONTH', 'QUARTER', 'YEAR')),
    period_start               date        not null,
    as_of                      date        not null,
    computed_at                timestamptz not null default now(),
    village_code               varchar(13) not null check (village_code ~ '^\d{2}\.\d{2}\.\d{2}\.\d{4}$'),
    active_members             integer     not null check (active_members >= 0),
    surveyed_households        integer     not null check (surveyed_households >= 0),
    missing_reasons            varchar(4000) not null default '',
    suppressed                 varchar(2000) not null default '',
    -- numerator/denominator of ratio indicators ("id=num/den;..."), so regional pooling stays exact
    ratio_parts                varchar(8000) not null default '',
    meeting_regularity         numeric(9,6),
    attendance_rate            numeric(9,6),
    iks_participation          numeric(9,6),
    iks_mutual_aid             numeric(12,6),
    member_retention           numeric(9,6),
    contribution_compliance    numeric(9,6),
    median_income_change       bigint,
    above_poverty_line         numeric(9,6),
    shu_per_member             bigint,
    kube_income_share          numeric(9,6),
    capital_multiple           numeric(12,6),
    self_funded_share          numeric(9,6),
    active_months_share        numeric(9,6),
    profit_margin              numeric(9,6),
    par30                      numeric(9,6),
    repayment_rate             numeric(9,6),
    digital_adoption           numeric(9,6),
    books_on_time              numeric(9,6),
    cash_count_agreement       numeric(9,6),
    jkn_coverage               numeric(9,6),
    school_enrolment           numeric(9,6),
    birth_certificates         numeric(9,6),
    bank_account               numeric(9,6),
    referrals_completed        numeric(9,6),
    external_support_ratio     numeric(12,6),
    active_partnerships        integer,
    non_member_participation   integer,
    shock_response             numeric(9,6),
    buffer_months              numeric(9,2),
    survival_12m               numeric(9,6),
    survival_24m               numeric(9,6),
    survival_36m               numeric(9,6),
    bcp_score                  numeric(9,6),
    left_lowest_deciles        numeric(9,6),
    primary key (group_id, period_type, period_start, as_of),
    check (as_of >= period_start)
);
create index group_period_indicator_period_idx on kube.group_period_indicator (period_type, period_start);

-- Health score configurations, kept forever: a score names the version it was made with.
create table kube.health_score_config (
    version        varchar(40) primary key,
    effective_from date        not null,
    fingerprint    char(64)    not null unique,
    config_text    text        not null,
    recorded_at    timestamptz not null default now(),
    recorded_by    varchar(200) not null
);

-- Every assessment: score, grade, each contribution, the stage the rule gives and why the group is held
-- back. A change of stage is applied through GroupService.changeStage (kube.group_stage_change).
create table kube.group_health_score (
    group_id         uuid         not null references kube.kube_group (id),
    period_type      varchar(7)   not null check (period_type in ('MONTH', 'QUARTER', 'YEAR')),
    period_start     date         not null,
    as_of            date         not null,
    config_version   varchar(40)  not null references kube.health_score_config (version),
    score            numeric(4,1) check (score between 0 and 100),
    grade            char(1)      check (grade in ('A', 'B', 'C', 'D')),
    covered_points   numeric(5,2) not null check (covered_points between 0 and 100),
    contributions    text         not null,
    stage            varchar(10)  not null check (stage in ('TUMBUH', 'BERKEMBANG', 'MAJU')),
    held_back        text         not null,
    computed_at      timestamptz  not null default now(),
    computed_by      varchar(200) not null,
    primary key (group_id, period_type, period_start, as_of, config_version),
    check ((score is null) = (grade is null))
);

-- BPS poverty line (garis kemiskinan), rupiah per capita per month, by survey month and area type.
-- TOTAL is the national/provincial line where BPS published no urban/rural split that we loaded.
create table kube.poverty_line (
    survey_month     date        not null check (extract(day from survey_month) = 1),
    province_code    varchar(2)  not null default '00' check (province_code ~ '^\d{2}$'),
    area_type        varchar(5)  not null check (area_type in ('URBAN', 'RURAL', 'TOTAL')),
    rupiah_per_month bigint      not null check (rupiah_per_month > 0),
    source           varchar(500) not null,
    primary key (survey_month, province_code, area_type)
);

-- Published BPS figures (Berita Resmi Statistik "Profil Kemiskinan di Indonesia"); province 00 = national.
insert into kube.poverty_line (survey_month, province_code, area_type, rupiah_per_month, source) values
    ('2021-09-01', '00', 'TOTAL', 486168, 'BPS, Profil Kemiskinan di Indonesia September 2021 (rilis 17 Jan 2022)'),
    ('2022-03-01', '00', 'TOTAL', 505469, 'BPS, Profil Kemiskinan di Indonesia Maret 2022'),
    ('2022-09-01', '00', 'TOTAL', 535547, 'BPS, Profil Kemiskinan di Indonesia September 2022 (rilis 16 Jan 2023)'),
    ('2023-03-01', '00', 'TOTAL', 550458, 'BPS, Profil Kemiskinan di Indonesia Maret 2023 (rilis 17 Jul 2023)'),
    ('2023-03-01', '00', 'URBAN', 569299, 'BPS, Profil Kemiskinan di Indonesia Maret 2023 (rilis 17 Jul 2023)'),
    ('2023-03-01', '00', 'RURAL', 525050, 'BPS, Profil Kemiskinan di Indonesia Maret 2023 (rilis 17 Jul 2023)'),
    ('2024-03-01', '00', 'TOTAL', 582932, 'BPS, Profil Kemiskinan di Indonesia Maret 2024'),
    ('2024-09-01', '00', 'TOTAL', 595242, 'BPS, Profil Kemiskinan di Indonesia September 2024 (rilis 15 Jan 2025)'),
    ('2024-09-01', '35', 'TOTAL', 547751, 'BPS Provinsi Jawa Timur, Profil Kemiskinan September 2024');

-- Every research export, as the data-protection law (UU PDP) asks of any processing of personal data.
create table kube.export_log (
    id             bigint generated always as identity primary key,
    requested_by   varchar(200)  not null check (length(requested_by) > 0),
    requested_at   timestamptz   not null,
    purpose        varchar(2000) not null check (length(purpose) >= 10),
    kind           varchar(20)   not null check (kind in ('GROUP_PERIOD', 'HOUSEHOLD_WAVE')),
    format         varchar(5)    not null check (format in ('CSV', 'XLSX')),
    filters        varchar(4000) not null,
    status         varchar(9)    not null check (status in ('STARTED', 'COMPLETED', 'FAILED')),
    row_count      bigint        check (row_count >= 0),
    sha256         char(64),
    finished_at    timestamptz,
    failure        varchar(2000),
    check ((status = 'COMPLETED') = (sha256 is not null and row_count is not null and finished_at is not null))
);
