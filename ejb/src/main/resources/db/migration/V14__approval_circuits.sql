-- Approval circuits: published rule sets, kept as immutable numbered versions, and the steps and
-- per-approver tasks of each requisition that follows one. A requisition keeps the version it
-- started with. Rules may test the purchase category that requisition lines already carry.
-- Delegations let a delegate decide in place of an absent approver; a step left open too long
-- sends reminders, then escalates to more approvers.

create table approval_rule_set (
    version integer primary key,
    definition varchar(1000000) not null,
    published_by varchar(255) not null,
    published_at timestamp with time zone not null
);

alter table purchase_requisition add column approval_rule_set_version integer references approval_rule_set (version);

create sequence approval_step_seq start with 1 increment by 50;

create table approval_step (
    id bigint primary key,
    version bigint not null,
    requisition_id bigint not null references purchase_requisition (id),
    position integer not null,
    rule_name varchar(255) not null,
    mode varchar(8) not null,
    fallback boolean not null,
    status varchar(16) not null,
    opened_at timestamp with time zone,
    escalated_at timestamp with time zone
);
create index approval_step_requisition_ix on approval_step (requisition_id, position);

create sequence approval_task_seq start with 1 increment by 50;

create table approval_task (
    id bigint primary key,
    step_id bigint not null references approval_step (id),
    approver varchar(255) not null,
    escalation boolean not null,
    status varchar(16) not null,
    decided_by varchar(255),
    decided_at timestamp with time zone,
    reminded_at timestamp with time zone
);
create index approval_task_step_ix on approval_task (step_id);
create index approval_task_approver_ix on approval_task (approver, status);

create sequence approval_delegation_seq start with 1 increment by 50;

create table approval_delegation (
    id bigint primary key,
    version bigint not null,
    delegator varchar(255) not null,
    delegate varchar(255) not null,
    first_day date not null,
    last_day date not null,
    created_by varchar(255) not null,
    created_at timestamp with time zone not null,
    cancelled_by varchar(255),
    cancelled_at timestamp with time zone
);
create index approval_delegation_delegate_ix on approval_delegation (delegate);
create index approval_delegation_delegator_ix on approval_delegation (delegator);
