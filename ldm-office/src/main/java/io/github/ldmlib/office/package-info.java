/**
 * The label's paperwork as office documents: a dossier as a Word document (DOCX) that people edit
 * in Word or LibreOffice and that is read back ({@link io.github.ldmlib.office.DossierDocx}), the
 * audit dashboard as a workbook (XLSX) the auditors fill in ({@link
 * io.github.ldmlib.office.DashboardXlsx}), and the readable reports as PDF ({@link
 * io.github.ldmlib.office.ReportPdf}).
 *
 * <p>Reading an office document never gives a partial object silently: every problem is an
 * {@link io.github.ldmlib.office.OfficeProblem} with its place in the document and the JSON Pointer
 * of the value it maps to, and a document that cannot be read at all is an
 * {@link io.github.ldmlib.office.OfficeFormatException}. Hostile input is bounded by
 * {@link io.github.ldmlib.office.OfficeLimits}.
 */
package io.github.ldmlib.office;
