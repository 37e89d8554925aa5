-- IKS (iuran kesetiakawanan sosial) disbursements: the social purpose and the beneficiary of each, next to its entry.
create table ledger.iks_disbursement (
    group_id        uuid          not null,
    entry_no        bigint        not null,
    purpose         varchar(20)   not null check (purpose in ('ILLNESS', 'DISASTER', 'DEATH', 'COMMUNITY_NEED', 'EDUCATION')),
    detail          varchar(300)  not null check (length(detail) between 1 and 300),
    beneficiary_id  uuid,
    primary key (group_id, entry_no),
    constraint iks_disbursement_entry_fk foreign key (group_id, entry_no) references ledger.entry (group_id, entry_no)
);

-- [jooq ignore start]
create trigger iks_disbursement_immutable before update or delete or truncate on ledger.iks_disbursement
    for each statement execute function ledger.refuse_change();
-- [jooq ignore stop]
