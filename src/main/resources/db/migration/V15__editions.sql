-- Editions (docs/decisions/0018): a published version is either a minor correction, which keeps the edition of the
-- version before it, or starts a new edition that requires holders of an earlier edition's certificate to do an
-- update. edition_started is the edition number on versions that start one and null otherwise, so the unique
-- constraint keeps edition numbers unique per course while minor corrections (null) may repeat.
alter table course_version add column edition_number integer default 1 not null;
alter table course_version add column edition_started integer;
alter table course_version add column edition_changed_modules varchar(2000);
alter table course_version add column edition_reason varchar(1000);
alter table course_version add column edition_update_due_days integer;
update course_version set edition_started = 1 where version_number = 1;
alter table course_version add constraint course_version_edition_uk unique (course_id, edition_started);

-- An update: only the changed modules, for someone holding a certificate of an earlier edition. It names the
-- completion it builds on (basis_enrolment_id) and the edition it brings them to.
alter table assignment add column basis_enrolment_id bigint references enrolment (id);
alter table assignment add column edition_number integer;
-- The modules an enrolment covers: null for the whole course, else the module ids of an update (comma separated).
alter table enrolment add column module_scope varchar(2000);
-- The edition an unfinished enrolment was moved to, until the learner has been told (on the next page they open).
alter table enrolment add column edition_notice integer;

-- The edition a certificate certifies, and the day the full course was completed that its validity counts from
-- (the completion itself, or for an update the full completion the update builds on).
alter table certificate add column edition_number integer default 1 not null;
alter table certificate add column cycle_started_on date;
update certificate set cycle_started_on = completed_on;
alter table certificate alter column cycle_started_on set not null;
create index certificate_user_course_idx on certificate (user_id, course_id);
