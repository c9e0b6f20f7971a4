package org.reliefdesk.shared;

/**
 * What text a person may send. Free text (notes, reasons, goals, comments, addresses) holds no control characters
 * (C0, DEL, C1) other than line breaks and tab; a name holds none at all.
 */
public final class PlainText {

    public static final String FREE_TEXT_MESSAGE = "must not contain control characters (line breaks and tab are allowed)";
    public static final String NAME_MESSAGE = "must not contain control characters or line breaks";

    private PlainText() {
    }

    public static boolean isFreeText(String value) {
        for (int i = 0; value != null && i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    public static boolean isName(String value) {
        for (int i = 0; value != null && i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
