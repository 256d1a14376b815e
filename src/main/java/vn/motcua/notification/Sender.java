package vn.motcua.notification;

/** Delivers one notification over one channel; throws when it could not. */
public interface Sender {

    Notification.Channel channel();

    void send(Notification notification) throws Exception;
}
