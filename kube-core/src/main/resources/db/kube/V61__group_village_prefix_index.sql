-- Region scopes and the dashboard's drill-down select groups by village-code prefix (village_code LIKE
-- '51.04.05.%'); the plain index of V4 cannot answer LIKE under a non-C collation, this one can.
-- [jooq ignore start]
create index if not exists kube_group_village_prefix_idx on kube.kube_group (village_code varchar_pattern_ops);
-- [jooq ignore stop]
