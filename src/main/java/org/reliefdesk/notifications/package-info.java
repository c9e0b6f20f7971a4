/**
 * Email through an outbox: messages are queued in the database in the transaction of the change
 * that causes them and sent by one job at a time (a database lock), so several instances and
 * restarts never send one twice. Never put health details in a message.
 */
package org.reliefdesk.notifications;
