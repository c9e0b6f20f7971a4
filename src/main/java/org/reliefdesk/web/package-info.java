/**
 * The web shell: layout and navigation, error pages and answers, form helpers. Depends only on shared;
 * the home pages per role live in accounts.
 */
package org.reliefdesk.web;
