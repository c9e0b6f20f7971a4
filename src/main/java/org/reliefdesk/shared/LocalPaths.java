package org.reliefdesk.shared;

/** Where a page may send the browser back to ({@code ?back=}): a path on this site, never another host. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** {@code path} when it is a path on this site (no scheme, no other host, no backslash or control character), else null. */
    public static String orNull(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl) ? path : null;
    }

    /** {@code path} when it is a path on this site, else {@code fallback}. */
    public static String or(String path, String fallback) {
        String local = orNull(path);
        return local == null ? fallback : local;
    }
}
