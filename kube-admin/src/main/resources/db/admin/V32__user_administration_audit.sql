-- What administrators did to accounts (subject: the username, or the facilitator's name for an assignment): created, deactivated, reactivated, password reset, unlocked, region
-- changed, facilitator assigned / unassigned (the assignment itself lives in kube.facilitator_assignment).
-- Append-only; never a password.
create table admin.user_event (
    id           bigint        generated always as identity primary key,
    subject      varchar(200)  not null,
    action       varchar(30)   not null check (action in ('CREATED', 'DEACTIVATED', 'REACTIVATED', 'PASSWORD_RESET',
                                   'UNLOCKED', 'REGION_CHANGED', 'FACILITATOR_ASSIGNED', 'FACILITATOR_UNASSIGNED')),
    details      varchar(500),
    actor        varchar(60)   not null,
    occurred_at  timestamptz   not null
);
create index user_event_subject_idx on admin.user_event (subject, id);

-- [jooq ignore start]
create trigger user_event_append_only before update or delete or truncate on admin.user_event
    for each statement execute function admin.refuse_change();
-- [jooq ignore stop]
