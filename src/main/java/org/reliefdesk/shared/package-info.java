/**
 * Cross-cutting types every module may use: API errors, paging, demo seeding and the
 * embedded database. Depends on no other module.
 */
package org.reliefdesk.shared;
