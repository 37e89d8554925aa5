create schema if not exists ledger;

-- Placeholder replaced by the books (issue 3); kept so the schema has a first, append-only version.
create table ledger.schema_note (
    id   int primary key,
    note text not null
);
insert into ledger.schema_note (id, note) values (1, 'KUBE ledger schema');
