package org.openprocure.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.openprocure.platform.Settings;

/**
 * Runs the approval follow-up on a persistent interval timer, so that reminders and escalations
 * still happen after a server restart, including those that fell due while it was down. The
 * timer is created once and kept across restarts; a changed interval setting replaces it.
 */
@Singleton
@Startup
public class ApprovalDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(ApprovalDeadlineTimer.class.getName());
    private static final String NAME = "approval-deadlines every ";

    @Resource
    private TimerService timerService;

    @Inject
    private Settings settings;

    @Inject
    private ApprovalFollowUpService followUp;

    @PostConstruct
    void schedule() {
        Duration interval = settings.approvalFollowUpInterval();
        String info = NAME + interval;
        boolean present = false;
        for (Timer timer : timerService.getTimers()) {
            if (info.equals(timer.getInfo())) {
                present = true;
            } else if (timer.getInfo() instanceof String text && text.startsWith(NAME)) {
                timer.cancel();
            }
        }
        if (!present) {
            timerService.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(info, true));
        }
        LOG.info(() -> "Approval follow-up runs " + info.substring("approval-".length()));
    }

    @Timeout
    void run(Timer timer) {
        followUp.followUp(Instant.now());
    }
}
