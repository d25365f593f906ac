-- platform: one-time links for choosing the first administrator of an installation without demo
-- data; only a hash of the link's secret is kept, so reading the table does not give the link.
create table setup_link (
    token_hash text primary key,
    expires_at timestamptz not null
);
