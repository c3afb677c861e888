-- Areas of the service and the schools that refer to it. Schools come from an admin import later;
-- until then this seed list holds the schools of the demo realm's referrers.
create table area (
    id      uuid primary key default gen_random_uuid(),
    name    text not null unique check (length(trim(name)) between 1 and 100),
    version bigint not null default 0
);

create table school (
    urn     varchar(6) primary key check (urn ~ '^[0-9]{6}$'),
    name    text not null check (length(trim(name)) between 1 and 200),
    area_id uuid not null references area (id),
    phase   text not null check (phase in ('PRIMARY', 'MIDDLE', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION')),
    version bigint not null default 0
);
create index school_area_idx on school (area_id);

insert into area (name) values ('Pontefract'), ('Castleford'), ('Airedale'), ('Knottingley');

insert into school (urn, name, area_id, phase)
select s.urn, s.name, a.id, s.phase
from (values
        ('100001', 'Northgate Primary School', 'Pontefract', 'PRIMARY'),
        ('100002', 'Castleford Park Junior School', 'Castleford', 'PRIMARY'),
        ('100003', 'Airedale Infant School', 'Airedale', 'PRIMARY'),
        ('100004', 'Knottingley St Botolph''s Academy', 'Knottingley', 'PRIMARY')
     ) as s (urn, name, area, phase)
join area a on a.name = s.area;
