/**
 * Deadlines and tasks: what an officer must do by when, created by the units' workflows and by recurring obligations,
 * re-routed to the covering officer while the assignee is absent and escalated to the head when overdue.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.task;
