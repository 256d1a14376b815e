package vn.motcua.calendar;

/** The calendar was edited by someone else since the editor loaded it; nothing was changed. */
public class CalendarChangedException extends RuntimeException {

    public CalendarChangedException(String office) {
        super("The calendar of " + office + " was changed meanwhile; reload it and try again");
    }
}
