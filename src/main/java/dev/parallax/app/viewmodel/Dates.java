package dev.parallax.app.viewmodel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** An article's date as a reader wants it ("24 Nov 2015, 17:12"), from the ISO form pages declare it in. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    /**
     * {@code raw} formatted for reading when it is an ISO date or date-time (with or without an offset; the time
     * is the one the page gives, in its own zone); anything else is returned as it is, stripped.
     */
    public static String readable(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).format(DAY_TIME);
        } catch (DateTimeParseException e) {
            // not with an offset: try the other ISO forms
        }
        try {
            return ZonedDateTime.parse(s).format(DAY_TIME);
        } catch (DateTimeParseException e) {
            // no zone either
        }
        try {
            LocalDateTime t = LocalDateTime.parse(s);
            return t.format(DAY_TIME);
        } catch (DateTimeParseException e) {
            // no time
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s).format(DAY);
        } catch (DateTimeParseException e) {
            return s;
        }
    }
}
