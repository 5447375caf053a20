-- How a certificate's PDF is written, fixed at issue (docs/decisions/0036): every certificate issued so far keeps
-- layout 1, so re-downloads stay byte-identical; the application issues new ones with layout 2. A constant default
-- lets PostgreSQL (11 and later) add the column without rewriting the table, and fills existing rows on H2.
alter table certificate add column layout smallint default 1 not null;
