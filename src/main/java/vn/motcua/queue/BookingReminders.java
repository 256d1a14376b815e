package vn.motcua.queue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.notification.Notification;
import vn.motcua.notification.Notifications;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.queue.domain.Booking;
import vn.motcua.queue.persistence.BookingRows;

/**
 * The day before a booking, from 08:00, its phone gets an SMS with the time, the office and the code (through the
 * notification outbox). Any instance may run it: each booking is locked while it is reminded and marked, so it is
 * reminded once. A booking made for tomorrow after the run is reminded by the next one.
 */
@Component
class BookingReminders {

    static final LocalTime FROM = LocalTime.of(8, 0);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BookingRows rows;
    private final Notifications notifications;
    private final Offices offices;
    private final Clock clock;
    private final TransactionTemplate writing;

    BookingReminders(BookingRows rows, Notifications notifications, Offices offices, Clock clock,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.notifications = notifications;
        this.offices = offices;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${motcua.queue.reminder-delay:10m}", initialDelayString = "${motcua.queue.reminder-delay:10m}")
    void run() {
        remind();
    }

    /** Reminds tomorrow's bookings not reminded yet, if it is 08:00 or later; returns how many. */
    int remind() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
        if (now.toLocalTime().isBefore(FROM)) {
            return 0;
        }
        int reminded = 0;
        while (true) {
            Integer done = writing.execute(status -> {
                var due = rows.toRemind(now.toLocalDate().plusDays(1), 100);
                due.forEach(b -> {
                    notifications.enqueue(new Notification(Notification.Channel.SMS, b.phone(), null, text(b), "booking:" + b.code()));
                    rows.reminded(b.id(), clock.instant());
                });
                return due.size();
            });
            reminded += done == null ? 0 : done;
            if (done == null || done < 100) {
                return reminded;
            }
        }
    }

    private String text(Booking b) {
        String office = offices.find(AgencyCode.of(b.office())).map(Agency::name).orElse(b.office());
        return "MotCua: nhắc lịch hẹn " + b.slot().start() + " ngày " + DAY.format(b.day()) + " tại " + office + " ("
                + b.procedureName() + "). Mã đặt lịch " + b.code() + ": nhập tại máy lấy số khi đến. Hủy/đổi lịch: mã trên.";
    }
}
