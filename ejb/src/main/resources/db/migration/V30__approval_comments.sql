-- An approver may explain a decision: the comment typed when approving, or the reason when
-- rejecting, is kept on the approver's task and shown in the requisition's approval history.
alter table approval_task add column decision_comment varchar(1000);
