-- KUBE groups, the people in them and their memberships. Every row records who wrote it and when
-- (created_*/updated_* or recorded_*); each service operation also appends to kube.audit_event.

create table kube.facilitator (
    id          uuid         primary key,
    full_name   varchar(200) not null check (length(btrim(full_name)) > 0),
    phone       varchar(20),
    created_at  timestamptz  not null,
    created_by  varchar(200) not null
);

create table kube.kube_group (
    id                   uuid         primary key,
    name                 varchar(200) not null check (length(btrim(name)) > 0),
    registration_number  varchar(60)  unique,
    village_code         varchar(13)  not null,
    region_decree_id     varchar(60)  not null,
    formed_on            date         not null,
    bank_name            varchar(100),
    bank_account_number  varchar(40),
    bank_account_holder  varchar(200),
    stimulus_amount      numeric(15, 0) check (stimulus_amount > 0),
    stimulus_currency    char(3)      check (stimulus_currency = 'IDR'),
    stimulus_received_on date,
    stimulus_scheme      varchar(200),
    status               varchar(12)  not null
        check (status in ('FORMING', 'ACTIVE', 'SUSPENDED', 'GRADUATED', 'DISSOLVED')),
    status_since         date         not null,
    stage                varchar(12)  not null check (stage in ('TUMBUH', 'BERKEMBANG', 'MAJU')),
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null,
    foreign key (village_code, region_decree_id) references kube.region (code, decree_id),
    check ((bank_name is null) = (bank_account_number is null)
       and (bank_name is null) = (bank_account_holder is null)),
    check ((stimulus_amount is null) = (stimulus_received_on is null)
       and (stimulus_amount is null) = (stimulus_currency is null)
       and (stimulus_amount is null) = (stimulus_scheme is null)),
    check (stimulus_received_on is null or stimulus_received_on >= formed_on),
    check (status_since >= formed_on)
);
create index kube_group_village_idx on kube.kube_group (village_code);

create table kube.group_status_change (
    id           bigint generated always as identity primary key,
    group_id     uuid         not null references kube.kube_group (id),
    from_status  varchar(12),
    to_status    varchar(12)  not null,
    effective_on date         not null,
    reason       varchar(1000) not null check (length(btrim(reason)) > 0),
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null
);
create index group_status_change_group_idx on kube.group_status_change (group_id);

create table kube.group_stage_change (
    id           bigint generated always as identity primary key,
    group_id     uuid         not null references kube.kube_group (id),
    stage        varchar(12)  not null check (stage in ('TUMBUH', 'BERKEMBANG', 'MAJU')),
    effective_on date         not null,
    reason       varchar(1000) not null check (length(btrim(reason)) > 0),
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null
);
create index group_stage_change_group_idx on kube.group_stage_change (group_id);

create table kube.group_business_type (
    group_id       uuid        not null references kube.kube_group (id),
    business_type  varchar(20) not null,
    primary key (group_id, business_type)
);

-- The group's own rules (AD/ART), agreed by the members; a new version for every change.
create table kube.group_constitution (
    group_id                    uuid          not null references kube.kube_group (id),
    version                     integer       not null check (version >= 1),
    agreed_on                   date          not null,
    principal_savings           numeric(15, 0) not null check (principal_savings >= 0),
    mandatory_savings_monthly   numeric(15, 0) not null check (mandatory_savings_monthly >= 0),
    iks_contribution_monthly    numeric(15, 0) not null check (iks_contribution_monthly >= 0),
    iks_rule                    varchar(2000) not null check (length(btrim(iks_rule)) > 0),
    loan_fee_percent_per_month  numeric(5, 2) not null check (loan_fee_percent_per_month between 0 and 10),
    loan_min_term_months        smallint      not null check (loan_min_term_months >= 1),
    loan_max_term_months        smallint      not null check (loan_max_term_months <= 60),
    loan_max_principal          numeric(15, 0) not null check (loan_max_principal > 0),
    surplus_members_percent     numeric(5, 2) not null check (surplus_members_percent >= 0),
    surplus_reserve_percent     numeric(5, 2) not null check (surplus_reserve_percent >= 0),
    surplus_iks_percent         numeric(5, 2) not null check (surplus_iks_percent >= 0),
    surplus_management_percent  numeric(5, 2) not null check (surplus_management_percent >= 0),
    surplus_other_percent       numeric(5, 2) not null check (surplus_other_percent >= 0),
    recorded_at                 timestamptz   not null,
    recorded_by                 varchar(200)  not null,
    primary key (group_id, version),
    check (loan_min_term_months <= loan_max_term_months),
    check (surplus_members_percent + surplus_reserve_percent + surplus_iks_percent
           + surplus_management_percent + surplus_other_percent = 100)
);

create table kube.facilitator_assignment (
    id              bigint generated always as identity primary key,
    group_id        uuid         not null references kube.kube_group (id),
    facilitator_id  uuid         not null references kube.facilitator (id),
    assigned_on     date         not null,
    ended_on        date,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(200) not null,
    check (ended_on is null or ended_on >= assigned_on)
);
create unique index facilitator_assignment_open_idx on kube.facilitator_assignment (group_id, facilitator_id)
    where ended_on is null;

-- A person (the NIK holder). The NIK and the family card number (No. KK) are personal data: only a keyed
-- HMAC-SHA256 (hex, for look-ups and uniqueness) and an AES-GCM ciphertext (for recovery by roles that need
-- it) are stored, plus the masked display form (5104xxxxxxxx0003). A dump alone does not reveal them.
create table kube.person (
    id                  uuid         primary key,
    nik_hash            varchar(64)  not null unique,
    nik_cipher          bytea        not null,
    nik_masked          varchar(16)  not null,
    family_card_hash    varchar(64)  not null,
    family_card_cipher  bytea        not null,
    full_name           varchar(200) not null check (length(btrim(full_name)) > 0),
    sex                 varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    birth_date          date         not null,
    address_line        varchar(300) not null,
    rt                  varchar(3)   not null,
    rw                  varchar(3)   not null,
    village_code        varchar(13)  not null,
    region_decree_id    varchar(60)  not null,
    phone               varchar(20),
    head_of_household   boolean      not null,
    main_earner         boolean      not null,
    dtsen_id            varchar(40),
    welfare_decile      smallint     check (welfare_decile between 1 and 10),
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    unique (id, nik_hash),
    foreign key (village_code, region_decree_id) references kube.region (code, decree_id)
);
create index person_family_card_idx on kube.person (family_card_hash);

-- A person's membership of one group, from joined_on to left_on. Leaving keeps the row (history); a person
-- who joins again, or joins another group later, gets a new row.
create table kube.member (
    id                uuid          primary key,
    group_id          uuid          not null references kube.kube_group (id),
    person_id         uuid          not null,
    nik_hash          varchar(64)   not null,
    family_card_hash  varchar(64)   not null,
    role              varchar(10)   not null check (role in ('CHAIR', 'SECRETARY', 'TREASURER', 'MEMBER')),
    joined_on         date          not null,
    left_on           date,
    leave_reason      varchar(1000),
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    foreign key (person_id, nik_hash) references kube.person (id, nik_hash),
    check (left_on is null or left_on >= joined_on),
    check ((left_on is null) = (leave_reason is null)),
    check (left_on is null or role = 'MEMBER')
);
create index member_group_idx on kube.member (group_id);
create index member_person_idx on kube.member (person_id);
-- A person (NIK) is an active member of at most one KUBE at a time: the database refuses the second of two
-- concurrent transactions even if both passed the service's check.
create unique index member_one_active_group_per_nik_idx on kube.member (nik_hash) where left_on is null;
-- One family (KK) counts once per group.
create unique index member_one_family_per_group_idx on kube.member (group_id, family_card_hash)
    where left_on is null;
-- At most one chair, one secretary and one treasurer per group.
create unique index member_one_holder_per_role_idx on kube.member (group_id, role)
    where left_on is null and role <> 'MEMBER';

create table kube.member_role_change (
    id            bigint generated always as identity primary key,
    member_id     uuid         not null references kube.member (id),
    group_id      uuid         not null references kube.kube_group (id),
    role          varchar(10)  not null check (role in ('CHAIR', 'SECRETARY', 'TREASURER', 'MEMBER')),
    effective_on  date         not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null
);
create index member_role_change_member_idx on kube.member_role_change (member_id);
