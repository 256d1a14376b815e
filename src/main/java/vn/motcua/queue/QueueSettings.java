package vn.motcua.queue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The queue's settings ({@code motcua.queue.*}): the minutes a citizen takes at a counter, for the wait a ticket shows
 * until the office has its own measure; the most tickets a kiosk gives in a minute (more taps get a polite refusal).
 */
@ConfigurationProperties("motcua.queue")
public record QueueSettings(Double minutesPerCitizen, Integer ticketsPerMinute) {

    public QueueSettings {
        minutesPerCitizen = minutesPerCitizen == null || minutesPerCitizen <= 0 || minutesPerCitizen > 240 ? 8.0 : minutesPerCitizen;
        ticketsPerMinute = ticketsPerMinute == null || ticketsPerMinute < 1 || ticketsPerMinute > 1000 ? 20 : ticketsPerMinute;
    }
}
