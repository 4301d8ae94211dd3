package dev.rubric.core.template;

/** A template file that cannot be read or is not a valid template; the message names the place. */
public final class TemplateException extends Exception {
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    public TemplateException(String message) {
        super(message);
    }
}
