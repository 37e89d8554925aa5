-- Kemendagri administrative regions, versioned by the decree (Keputusan Menteri Dalam Negeri) that issued
-- them: codes are renumbered, split and renamed by later decrees, so a row is (code, decree).
create table kube.region_decree (
    id         varchar(60)  primary key,
    title      varchar(400) not null,
    issued_year smallint    not null check (issued_year between 1945 and 2200),
    -- Later decrees get a higher sequence; the highest is the one in force.
    sequence   integer      not null unique check (sequence > 0)
);

create table kube.region (
    code         varchar(13)  not null,
    decree_id    varchar(60)  not null references kube.region_decree (id),
    region_level        varchar(10)  not null check (region_level in ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')),
    name         varchar(200) not null check (length(name) between 1 and 200),
    parent_code  varchar(13),
    primary key (code, decree_id),
    foreign key (parent_code, decree_id) references kube.region (code, decree_id),
    check ((region_level = 'PROVINCE') = (parent_code is null))
);
create index region_parent_idx on kube.region (parent_code, decree_id);

-- [jooq ignore start]
-- The shape of each region_level's code and its parent (checked twice: here and in RegionCode).
alter table kube.region add constraint region_code_shape check (
       (region_level = 'PROVINCE' and code ~ '^[1-9][0-9]$')
    or (region_level = 'REGENCY'  and code ~ '^[1-9][0-9]\.(0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9])$'
                           and parent_code = left(code, 2))
    or (region_level = 'DISTRICT' and code ~ '^[1-9][0-9]\.[0-9]{2}\.(0[1-9]|[1-9][0-9])$'
                           and parent_code = left(code, 5))
    or (region_level = 'VILLAGE'  and code ~ '^[1-9][0-9]\.[0-9]{2}\.[0-9]{2}\.[12](00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})$'
                           and parent_code = left(code, 8)));
-- [jooq ignore stop]
