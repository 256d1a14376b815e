package vn.motcua.notification;

import java.util.Objects;

/** A message for one recipient: by e-mail (subject and body) or SMS (body only). */
public record Notification(Channel channel, String recipient, String subject, String body, String topic) {

    public enum Channel { EMAIL, SMS }

    public Notification {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        topic = topic == null ? "" : topic;
    }
}
