/**
 * Backups of the embedded database: a logical export (COPY of every table in one read-only
 * snapshot) into a zip in {@code reliefdesk.backup.folder}, nightly and on demand, and the
 * standalone restore command ({@link BackupRestore}) that loads one into a fresh data folder.
 */
package org.reliefdesk.backup;
