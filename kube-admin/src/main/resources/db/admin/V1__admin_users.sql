create schema if not exists admin;

-- The people who sign in to the admin application, with exactly one role each.
-- group_id / region_code scope what a TREASURER / DISTRICT_OFFICER may see; a FACILITATOR's groups are in
-- admin.facilitator_group. Group ids refer to kube.kube_group once that table exists (no cross-schema FK here:
-- the admin schema is migrated after kube and group rows may be archived, never deleted).
create table admin.app_user (
    id               bigint generated always as identity primary key,
    username         varchar(60)  not null unique check (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name     varchar(120) not null check (length(display_name) between 1 and 120),
    password_hash    varchar(200) not null,
    role             varchar(20)  not null check (role in
                        ('TREASURER', 'FACILITATOR', 'DISTRICT_OFFICER', 'MINISTRY', 'RESEARCHER', 'ADMIN')),
    group_id         uuid,
    region_code      varchar(20),
    locale           varchar(10)  not null default 'id',
    enabled          boolean      not null default true,
    failed_logins    integer      not null default 0 check (failed_logins >= 0),
    locked_until     timestamptz,
    created_at       timestamptz  not null default now(),
    check (role <> 'TREASURER' or group_id is not null),
    check (role <> 'DISTRICT_OFFICER' or region_code is not null)
);

create table admin.facilitator_group (
    username   varchar(60) not null references admin.app_user (username) on update cascade on delete cascade,
    group_id   uuid        not null,
    primary key (username, group_id)
);
create index facilitator_group_group_idx on admin.facilitator_group (group_id);
