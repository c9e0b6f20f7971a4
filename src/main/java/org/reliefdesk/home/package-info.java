/**
 * The client's home: one page (a dashboard) composed from the public reads of intake, planning, scheduling, diary
 * and outcomes — the next session, what to do next, the plan in force, the diary streak and the latest outcome. No
 * module depends on it (accounts' home page forwards a client here), so it may read them all without a cycle.
 */
package org.reliefdesk.home;
