package vn.motcua.fees.domain;

/** How a fee was paid or paid back: cash at the counter, or online through the payment gateway. */
public enum PaymentMethod { CASH, ONLINE }
