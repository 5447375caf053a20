-- When a person left the organisation (was deactivated); retention periods count from this date.
alter table user_account add column left_on date;
