-- The groups grid pages by (name, id) with a keyset condition; this index answers each page from its first
-- rows instead of sorting every group (100,000 at national scale).
create index kube_group_name_id_idx on kube.kube_group (name, id);
