package vn.motcua.platform.web;

/** The thing an API request names does not exist; answered as 404 problem details. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
