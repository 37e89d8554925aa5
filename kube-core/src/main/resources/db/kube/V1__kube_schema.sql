create schema if not exists kube;

-- Who changed what and when, for every write in schema kube (issue: every write records who and when).
create table kube.audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    actor         text        not null check (length(actor) between 1 and 200),
    action        text        not null check (length(action) between 1 and 100),
    subject_type  varchar(60) not null,
    subject_id    varchar(100) not null,
    details       text
);
create index audit_event_subject_idx on kube.audit_event (subject_type, subject_id);
