-- Data protection: the retention policy (one row), the claim of each day's retention run (so several instances run
-- it once), and certificates whose holder was erased: verifiable as issued, with the details withheld.
create table retention_policy (
    id                   bigint       primary key,
    version              bigint       not null,
    keep_records_years   integer      not null,
    keep_answers_months  integer      not null,
    updated_at           timestamp(6) with time zone,
    updated_by           varchar(320),
    constraint retention_policy_single_row check (id = 1)
);
insert into retention_policy (id, version, keep_records_years, keep_answers_months) values (1, 0, 6, 12);

create table retention_run (
    run_on     date         primary key,
    started_at timestamp(6) with time zone not null
);

alter table certificate add column details_withheld_at timestamp(6) with time zone;
