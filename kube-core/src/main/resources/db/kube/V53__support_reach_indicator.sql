-- Indicator support_reach (members reached by trainings, certifications and market access in the last twelve
-- months): the support register's own indicator in the read model.
alter table kube.group_period_indicator add column support_reach numeric(9,6);
