-- Follow-up actions of a facilitator visit (kube.facilitator_visit.follow_up_actions) marked done: once, with
-- the day it was done, an optional note, who marked it and when.
create table admin.visit_follow_up_done (
    visit_id     uuid          primary key,
    done_on      date          not null,
    note         varchar(1000),
    done_by      varchar(60)   not null,
    recorded_at  timestamptz   not null
);

-- [jooq ignore start]
alter table admin.visit_follow_up_done add foreign key (visit_id) references kube.facilitator_visit (id);
create trigger visit_follow_up_done_append_only before update or delete or truncate on admin.visit_follow_up_done
    for each statement execute function admin.refuse_change();
-- [jooq ignore stop]
