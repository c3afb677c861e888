-- Partners invited to one case for a period, and what they add to it.

create table case_invitation (
    id               uuid primary key,
    case_id          uuid not null references support_case (id),
    partner_id       text check (length(partner_id) <= 100),
    partner_name     text check (length(partner_name) <= 200),
    agency           text not null check (length(agency) between 1 and 200),
    valid_from       date not null,
    valid_until      date not null,
    note             text check (length(note) <= 2000),
    invited_by_id    text not null,
    invited_by_name  text not null,
    invited_at       timestamptz not null,
    ended_at         timestamptz,
    ended_by_name    text,
    check (valid_from <= valid_until),
    check ((partner_id is null) = (partner_name is null)),
    check ((ended_at is null) = (ended_by_name is null)),
    unique (id, case_id)
);

create index case_invitation_case on case_invitation (case_id);
create index case_invitation_partner on case_invitation (partner_id) where ended_at is null;
create index case_invitation_agency on case_invitation (agency) where ended_at is null and partner_id is null;

create table case_contribution (
    id             uuid primary key,
    case_id        uuid not null references support_case (id),
    invitation_id  uuid not null,
    body           text not null check (length(body) between 1 and 10000),
    author_id      text not null,
    author_name    text not null,
    agency         text not null,
    added_at       timestamptz not null,
    foreign key (invitation_id, case_id) references case_invitation (id, case_id)
);

create index case_contribution_case on case_contribution (case_id, added_at desc);
