create schema if not exists seeds;

-- What an import has written, by the natural key of the template row (kode_kelompok, id_pertemuan,
-- id_transaksi, ...), so that importing the same file again changes nothing: same key and same content hash
-- -> unchanged; same key, other content -> the row is rejected. Keys that contain personal numbers (members)
-- are stored as the kube-core keyed NIK hash, never in clear.
create table seeds.import_key (
    sheet          varchar(30)  not null,
    natural_key    varchar(200) not null,
    entity_id      varchar(100) not null,
    group_code     varchar(60),
    content_hash   varchar(64)  not null,
    imported_at    timestamptz  not null,
    imported_by    varchar(200) not null check (length(btrim(imported_by)) > 0),
    primary key (sheet, natural_key)
);
create index import_key_group_idx on seeds.import_key (group_code, sheet);
