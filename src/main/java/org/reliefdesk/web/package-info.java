/**
 * The web shell: layout, navigation by role, home pages, error pages and answers.
 */
package org.reliefdesk.web;
