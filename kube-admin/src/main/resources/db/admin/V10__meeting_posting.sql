-- One row per group meeting posted through the meeting flow (id.kube.admin.meeting). Its key is the meeting
-- screen's idempotency key, fixed when the screen opened: written in the same transaction as the kube-core
-- meeting with its attendance and the ledger entries, so a double click or a retry posts the meeting once
-- (the second attempt finds this row, or fails on its primary key and reads it).
create table admin.meeting_posting (
    group_id         uuid         not null,
    idempotency_key  varchar(100) not null check (length(idempotency_key) between 1 and 100),
    meeting_id       uuid         not null,
    held_on          date         not null,
    entries          integer      not null check (entries >= 0),
    cash_in          bigint       not null check (cash_in >= 0),
    cash_out         bigint       not null check (cash_out >= 0),
    cash_counted     bigint       check (cash_counted >= 0),
    posted_by        varchar(60)  not null,
    posted_at        timestamptz  not null,
    primary key (group_id, idempotency_key)
);

-- [jooq ignore start]
alter table admin.meeting_posting add foreign key (meeting_id) references kube.meeting (id);
-- [jooq ignore stop]
