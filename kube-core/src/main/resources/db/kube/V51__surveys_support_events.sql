-- Raw data of the outcome indicators (issue 6): household surveys, support received, facilitator SWOT,
-- digital adoption, partnerships and external support, community contributions, shocks and coping,
-- business-continuity checklists, referrals, and the meeting schedule the group agreed.
-- Every row records who entered it and when (recorded_at): indicators "as of" a date only see rows
-- recorded by the end of that day.

-- Meetings the group's rules schedule per month, from a date (meeting regularity = held ÷ scheduled).
create table kube.meeting_schedule (
    group_id           uuid         not null references kube.kube_group (id),
    effective_from     date         not null check (extract(day from effective_from) = 1),
    meetings_per_month smallint     not null check (meetings_per_month between 1 and 8),
    recorded_at        timestamptz  not null,
    recorded_by        varchar(200) not null,
    primary key (group_id, effective_from)
);

-- A member household's survey at baseline (wave 0) or a follow-up (wave 1, 2, ...).
create table kube.household_survey (
    id                        uuid         primary key,
    group_id                  uuid         not null references kube.kube_group (id),
    member_id                 uuid         not null references kube.member (id),
    wave                      smallint     not null check (wave between 0 and 50),
    surveyed_on               date         not null,
    surveyed_by               varchar(200) not null check (length(btrim(surveyed_by)) > 0),
    household_size            smallint     not null check (household_size between 1 and 30),
    monthly_income_rupiah     bigint       not null check (monthly_income_rupiah >= 0),
    kube_income_rupiah        bigint       not null check (kube_income_rupiah >= 0),
    savings_rupiah            bigint       not null check (savings_rupiah >= 0),
    -- main income sources, comma separated codes: KUBE, FARMING, FISHING, LABOUR, TRADE, WAGES, TRANSFERS, REMITTANCES, OTHER
    income_sources            varchar(200) not null check (income_sources ~ '^[A-Z_]+(,[A-Z_]+)*$'),
    jkn_all_members           boolean      not null,
    school_age_children       smallint     not null check (school_age_children >= 0),
    school_age_in_school      smallint     not null check (school_age_in_school >= 0),
    kip                       boolean      not null,
    pkh                       boolean      not null,
    electricity               boolean      not null,
    clean_water               boolean      not null,
    sanitation                boolean      not null,
    birth_certificates_all    boolean      not null,
    civil_documents_complete  boolean      not null,
    bank_account              boolean      not null,
    food_security             varchar(8)   not null check (food_security in ('SECURE', 'MILD', 'MODERATE', 'SEVERE')),
    welfare_decile            smallint     check (welfare_decile between 1 and 10),
    left_welfare_register     boolean      not null,
    recorded_at               timestamptz  not null,
    recorded_by               varchar(200) not null,
    unique (member_id, wave),
    check (school_age_in_school <= school_age_children),
    check (kube_income_rupiah <= monthly_income_rupiah),
    check (not (left_welfare_register and welfare_decile is not null))
);
create index household_survey_group_idx on kube.household_survey (group_id, surveyed_on);

-- Trainings, certifications and market access the group or its members received.
create table kube.support_received (
    id             uuid          primary key,
    group_id       uuid          not null references kube.kube_group (id),
    kind           varchar(13)   not null check (kind in ('TRAINING', 'CERTIFICATION', 'MARKET_ACCESS')),
    -- TRAINING: TAILORING, DIGITAL_MARKETING, FOOD_SAFETY, BOOKKEEPING, ...; CERTIFICATION: P_IRT, HALAL, BPOM;
    -- MARKET_ACCESS: MARKETPLACE_ONBOARDING, EXHIBITION, BUYER_LINK
    topic          varchar(40)   not null check (topic ~ '^[A-Z_]+$'),
    agency         varchar(20)   not null check (agency in ('SOCIAL_OFFICE', 'COOPERATIVES_SME', 'TRADE_INDUSTRY',
                                                            'COMMUNICATIONS', 'MANPOWER', 'UNIVERSITY', 'CSR', 'OTHER')),
    provider_name  varchar(200)  not null check (length(btrim(provider_name)) > 0),
    started_on     date          not null,
    ended_on       date          not null,
    notes          varchar(2000),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null,
    check (ended_on >= started_on),
    check (kind <> 'CERTIFICATION' or topic in ('P_IRT', 'HALAL', 'BPOM'))
);
create index support_received_group_idx on kube.support_received (group_id, started_on);

create table kube.support_participant (
    support_id  uuid not null references kube.support_received (id),
    member_id   uuid not null references kube.member (id),
    primary key (support_id, member_id)
);

-- The facilitator's dated SWOT assessment of the group.
create table kube.swot_assessment (
    id              uuid          primary key,
    group_id        uuid          not null references kube.kube_group (id),
    facilitator_id  uuid          not null references kube.facilitator (id),
    assessed_on     date          not null,
    strengths       varchar(4000) not null,
    weaknesses      varchar(4000) not null,
    opportunities   varchar(4000) not null,
    threats         varchar(4000) not null,
    recorded_at     timestamptz   not null,
    recorded_by     varchar(200)  not null
);
create index swot_assessment_group_idx on kube.swot_assessment (group_id, assessed_on);

-- The group's digital adoption as assessed on a date.
create table kube.digital_adoption (
    group_id          uuid         not null references kube.kube_group (id),
    assessed_on       date         not null,
    sells_online      boolean      not null,
    digital_payments  boolean      not null,
    channels          varchar(400) not null default '',
    recorded_at       timestamptz  not null,
    recorded_by       varchar(200) not null,
    primary key (group_id, assessed_on)
);

-- External partners (buyers, suppliers, banks, CSR, government, universities) and the time they are active.
create table kube.partnership (
    id            uuid          primary key,
    group_id      uuid          not null references kube.kube_group (id),
    partner_type  varchar(20)   not null check (partner_type in ('BUYER', 'SUPPLIER', 'BANK', 'CSR', 'COOPERATIVE',
                                                              'LOCAL_GOVERNMENT', 'VILLAGE', 'UNIVERSITY', 'OTHER')),
    partner_name  varchar(200)  not null check (length(btrim(partner_name)) > 0),
    started_on    date          not null,
    ended_on      date,
    description   varchar(2000) not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(200)  not null,
    check (ended_on is null or ended_on >= started_on)
);
create index partnership_group_idx on kube.partnership (group_id);

-- Support received from outside (cash, or in kind valued in rupiah): CSR, village funds, agencies.
create table kube.external_support (
    id              uuid          primary key,
    group_id        uuid          not null references kube.kube_group (id),
    partnership_id  uuid          references kube.partnership (id),
    source_type     varchar(20)   not null check (source_type in ('CSR', 'VILLAGE_FUND', 'LOCAL_GOVERNMENT',
                                                                'COOPERATIVE', 'UNIVERSITY', 'BUYER', 'OTHER')),
    source_name     varchar(200)  not null check (length(btrim(source_name)) > 0),
    received_on     date          not null,
    in_kind         boolean       not null,
    value_rupiah    bigint        not null check (value_rupiah > 0),
    description     varchar(2000) not null,
    recorded_at     timestamptz   not null,
    recorded_by     varchar(200)  not null
);
create index external_support_group_idx on kube.external_support (group_id, received_on);

-- What the group gave its community, and how many non-members took part.
create table kube.community_contribution (
    id                        uuid          primary key,
    group_id                  uuid          not null references kube.kube_group (id),
    contributed_on            date          not null,
    description               varchar(2000) not null check (length(btrim(description)) > 0),
    value_rupiah              bigint        check (value_rupiah >= 0),
    non_member_participants   integer       not null check (non_member_participants >= 0),
    recorded_at               timestamptz   not null,
    recorded_by               varchar(200)  not null
);
create index community_contribution_group_idx on kube.community_contribution (group_id, contributed_on);

-- Disasters and shocks, how the group coped, and the members hit (helped by IKS or a loan, and when).
create table kube.shock_event (
    id           uuid          primary key,
    group_id     uuid          not null references kube.kube_group (id),
    occurred_on  date          not null,
    kind         varchar(12)   not null check (kind in ('DISASTER', 'ILLNESS', 'DEATH', 'CROP_FAILURE', 'PRICE',
                                                        'PANDEMIC', 'FIRE', 'OTHER')),
    description  varchar(2000) not null check (length(btrim(description)) > 0),
    coping       varchar(2000) not null,
    recorded_at  timestamptz   not null,
    recorded_by  varchar(200)  not null
);
create index shock_event_group_idx on kube.shock_event (group_id, occurred_on);

create table kube.shock_member (
    shock_id   uuid        not null references kube.shock_event (id),
    member_id  uuid        not null references kube.member (id),
    helped_on  date,
    help_kind  varchar(5)  check (help_kind in ('IKS', 'LOAN', 'OTHER')),
    primary key (shock_id, member_id),
    check ((helped_on is null) = (help_kind is null))
);

-- Business continuity checklist (BCP).
create table kube.bcp_checklist (
    group_id               uuid         not null references kube.kube_group (id),
    assessed_on            date         not null,
    records_backup         boolean      not null,
    alternative_suppliers  boolean      not null,
    alternative_markets    boolean      not null,
    emergency_fund         boolean      not null,
    emergency_fund_rupiah  bigint       not null default 0 check (emergency_fund_rupiah >= 0),
    recorded_at            timestamptz  not null,
    recorded_by            varchar(200) not null,
    primary key (group_id, assessed_on),
    check (emergency_fund or emergency_fund_rupiah = 0)
);

-- Facilitator referrals of members to services (health insurance, civil registry, school support, ...).
create table kube.referral (
    id            uuid          primary key,
    group_id      uuid          not null references kube.kube_group (id),
    member_id     uuid          not null references kube.member (id),
    service       varchar(20)   not null check (service in ('JKN', 'CIVIL_REGISTRY', 'KIP', 'PKH', 'BANKING',
                                                            'HEALTH', 'EMPLOYMENT', 'OTHER')),
    referred_on   date          not null,
    completed_on  date,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(200)  not null,
    check (completed_on is null or completed_on >= referred_on)
);
create index referral_group_idx on kube.referral (group_id, referred_on);
