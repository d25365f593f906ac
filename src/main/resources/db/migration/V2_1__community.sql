-- community: the tenant; everything else belongs to one
create table community (
    id          bigserial primary key,
    slug        text not null unique check (slug ~ '^[a-z][a-z0-9-]+$'),
    name        text not null,
    short_name  text not null,
    description text not null default '',
    version     int not null default 0
);
