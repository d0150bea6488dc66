package org.openprocure.discussion;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far one user has read one thread: the id of the last message they saw, 0 when none. */
@Entity
@Table(name = "discussion_read_mark")
@IdClass(ReadMark.Key.class)
public class ReadMark {

    /** Primary key of a read mark. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private Long threadId;

        public Key() {
        }

        Key(String username, Long threadId) {
            this.username = username;
            this.threadId = threadId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && Objects.equals(threadId, key.threadId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, threadId);
        }
    }

    @Id
    private String username;

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "last_read_message_id", nullable = false)
    private long lastReadMessageId;

    protected ReadMark() {
    }

    ReadMark(String username, long threadId, long lastReadMessageId) {
        this.username = username;
        this.threadId = threadId;
        this.lastReadMessageId = lastReadMessageId;
    }

    /** Moves the mark forward to this message; a mark never moves back, so an older page cannot unread newer messages. */
    void advanceTo(long messageId) {
        lastReadMessageId = Math.max(lastReadMessageId, messageId);
    }

    public long getLastReadMessageId() {
        return lastReadMessageId;
    }
}
