package vn.motcua.fees.gateway;

/**
 * The answer to an instant payment notification, as the gateway reads it ({@code {"RspCode","Message"}}), checked in
 * the protocol's order: signature, order, amount, already confirmed.
 */
public enum IpnAnswer {
    CONFIRMED("00", "Confirm Success"),
    ORDER_NOT_FOUND("01", "Order not found"),
    ALREADY_CONFIRMED("02", "Order already confirmed"),
    INVALID_AMOUNT("04", "Invalid amount"),
    INVALID_SIGNATURE("97", "Invalid signature"),
    UNKNOWN_ERROR("99", "Unknown error");

    private final String code;
    private final String message;

    IpnAnswer(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
