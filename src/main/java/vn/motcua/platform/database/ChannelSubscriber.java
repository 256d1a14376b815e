package vn.motcua.platform.database;

/**
 * What one PostgreSQL notification channel means to this instance. Every subscriber bean is heard by the one
 * {@link ChannelListener} connection of the instance; a notification is sent with {@code pg_notify(channel, payload)}
 * in the changing transaction, so it reaches every instance only when that transaction commits.
 */
public interface ChannelSubscriber {

    /** The channel's name: lower-case letters and underscores. */
    String channel();

    /** A notification on the channel, on the listener's thread: keep it short. */
    void received(String payload);

    /** Notifications may have been missed (the listener started or its connection was lost and came back). */
    void missed();
}
