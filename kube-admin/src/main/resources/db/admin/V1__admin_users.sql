create schema if not exists admin;

-- The people who sign in to the admin application, with exactly one role each.
-- group_id / region_code / facilitator_id scope what a TREASURER / DISTRICT_OFFICER / FACILITATOR may see (a
-- facilitator sees the groups kube.facilitator_assignment currently gives them).
create table admin.app_user (
    id               bigint generated always as identity primary key,
    username         varchar(60)  not null unique check (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name     varchar(120) not null check (length(display_name) between 1 and 120),
    password_hash    varchar(200) not null,
    role             varchar(20)  not null check (role in
                        ('TREASURER', 'FACILITATOR', 'DISTRICT_OFFICER', 'MINISTRY', 'RESEARCHER', 'ADMIN')),
    group_id         uuid,
    region_code      varchar(13),
    facilitator_id   uuid,
    locale           varchar(10)  not null default 'id',
    enabled          boolean      not null default true,
    failed_logins    integer      not null default 0 check (failed_logins >= 0),
    locked_until     timestamptz,
    created_at       timestamptz  not null default now(),
    check (role <> 'TREASURER' or group_id is not null),
    check (role <> 'DISTRICT_OFFICER' or region_code is not null),
    check (role <> 'FACILITATOR' or facilitator_id is not null)
);

-- Cross-schema foreign keys (jOOQ's DDL simulation of this schema does not see schema kube).
-- [jooq ignore start]
alter table admin.app_user add foreign key (group_id) references kube.kube_group (id);
alter table admin.app_user add foreign key (facilitator_id) references kube.facilitator (id);
-- [jooq ignore stop]
