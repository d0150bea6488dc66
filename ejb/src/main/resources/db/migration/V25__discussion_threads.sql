-- Discussion threads: one per document, shared by the buyer's staff and the document's supplier,
-- with messages, their attachments and mentions, each user's read mark, and the users the threads
-- have seen, so that a mention can reach them.

create sequence discussion_thread_seq start with 1 increment by 50;
create table discussion_thread (
    id bigint primary key,
    document_type varchar(64) not null,
    document_id bigint not null,
    created_at timestamp with time zone not null,
    constraint discussion_thread_document_uq unique (document_type, document_id)
);

create sequence discussion_message_seq start with 1 increment by 50;
create table discussion_message (
    id bigint primary key,
    version bigint not null,
    thread_id bigint not null references discussion_thread (id),
    author varchar(255) not null,
    side varchar(16) not null,
    kind varchar(32) not null,
    text varchar(4000) not null,
    posted_at timestamp with time zone not null,
    resolved_by varchar(255),
    resolved_at timestamp with time zone
);
-- Serves the message list of a thread and the unread counts (messages after a read mark).
create index discussion_message_thread_ix on discussion_message (thread_id, id);
-- Serves the open-flag counts of a thread.
create index discussion_message_flag_ix on discussion_message (thread_id, kind, resolved_at);

create sequence discussion_attachment_seq start with 1 increment by 50;
create table discussion_attachment (
    id bigint primary key,
    message_id bigint not null references discussion_message (id),
    file_name varchar(200) not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null
);
create index discussion_attachment_message_ix on discussion_attachment (message_id);

-- The bytes apart from their description, so that listing a thread never reads them.
create table discussion_attachment_content (
    attachment_id bigint primary key references discussion_attachment (id),
    content bytea not null
);

create table discussion_mention (
    message_id bigint not null references discussion_message (id),
    username varchar(255) not null,
    primary key (message_id, username)
);

-- One row per user and thread that the user opened, posted in or was mentioned in; the total
-- unread count of a user starts from these rows, so it reads only the user's own threads.
create table discussion_read_mark (
    username varchar(255) not null,
    thread_id bigint not null references discussion_thread (id),
    last_read_message_id bigint not null,
    primary key (username, thread_id)
);

-- Users seen by the threads, with the side and supplier their token carried at their last visit.
create table discussion_participant (
    username varchar(255) primary key,
    side varchar(16) not null,
    supplier_id bigint,
    email varchar(254),
    language varchar(2) not null,
    last_seen_at timestamp with time zone not null
);
