-- What a group does (business activities), how it meets (attendance, decisions: the raw data of the
-- solidarity indicators) and how its facilitators follow it (visits).

create table kube.business_activity (
    id             uuid         primary key,
    group_id       uuid         not null references kube.kube_group (id),
    business_type  varchar(20)  not null,
    name           varchar(200) not null check (length(btrim(name)) > 0),
    started_on     date         not null,
    status         varchar(10)  not null check (status in ('RUNNING', 'PAUSED', 'STOPPED')),
    ended_on       date,
    notes          text,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    check ((status = 'STOPPED') = (ended_on is not null)),
    check (ended_on is null or ended_on >= started_on)
);
create index business_activity_group_idx on kube.business_activity (group_id);

create table kube.meeting (
    id            uuid         primary key,
    group_id      uuid         not null references kube.kube_group (id),
    held_on       date         not null,
    meeting_type  varchar(20)  not null,
    notes         text,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null
);
create index meeting_group_idx on kube.meeting (group_id, held_on);

create table kube.meeting_attendance (
    meeting_id  uuid        not null references kube.meeting (id),
    member_id   uuid        not null references kube.member (id),
    attendance  varchar(10) not null check (attendance in ('PRESENT', 'EXCUSED', 'ABSENT')),
    primary key (meeting_id, member_id)
);

create table kube.meeting_decision (
    meeting_id  uuid     not null references kube.meeting (id),
    position    smallint not null check (position >= 1),
    decision    text     not null,
    primary key (meeting_id, position)
);

create table kube.facilitator_visit (
    id                 uuid         primary key,
    group_id           uuid         not null references kube.kube_group (id),
    facilitator_id     uuid         not null references kube.facilitator (id),
    visited_on         date         not null,
    findings           text         not null,
    follow_up_actions  text,
    next_visit_on      date,
    recorded_at        timestamptz  not null,
    recorded_by        varchar(200) not null,
    check (next_visit_on is null or next_visit_on > visited_on)
);
create index facilitator_visit_group_idx on kube.facilitator_visit (group_id, visited_on);
