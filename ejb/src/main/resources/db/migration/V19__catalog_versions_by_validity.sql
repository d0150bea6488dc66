-- Catalog versions follow their validity dates. A version whose valid_from lies ahead when its
-- import completes is SCHEDULED, and the version in force stays on offer until that day. The
-- earlier version then records in superseded_from the first day on which the later one replaces
-- it, so search changes over on that day with no job, by comparing the dates with current_date.
-- A version is in force while its status is ACTIVE or SCHEDULED, valid_from (if any) has come,
-- and neither valid_to nor superseded_from has passed.

alter table catalog_version add column superseded_from date;
