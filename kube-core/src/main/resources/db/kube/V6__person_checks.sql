-- Second line of defence for person data checked in Java (Address, DtsenEntry, Nik.masked()).
alter table kube.person add constraint person_decile_needs_dtsen
    check (welfare_decile is null or dtsen_id is not null);

-- [jooq ignore start]
alter table kube.person add constraint person_rt_rw_shape
    check (rt ~ '^[0-9]{3}$' and rt <> '000' and rw ~ '^[0-9]{3}$' and rw <> '000');
alter table kube.person add constraint person_nik_masked_shape
    check (nik_masked ~ '^[1-9][0-9]{3}x{8}[0-9]{4}$');
alter table kube.person add constraint person_hashes_shape
    check (nik_hash ~ '^[0-9a-f]{64}$' and family_card_hash ~ '^[0-9a-f]{64}$');
-- [jooq ignore stop]
