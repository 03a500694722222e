/**
 * Planning and performance: the strategic plan (IDP, stratejik plan) as goals, objectives and
 * activities; the SDBIP per financial year with its KPI rows and targets; quarterly actuals with
 * evidence through capture, review, verification and approval; the workbook in and out; the
 * section 52(d), 72 and 46 reports; dashboards, alignment checks and the risk register. Serves
 * seeds 000 (Planning, Monitoring and Evaluation), 003 (amaç, hedef, faaliyet) and 004.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package org.thusong.planning;
