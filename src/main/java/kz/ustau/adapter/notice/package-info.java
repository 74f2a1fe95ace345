/**
 * Letters to the bailiff: the dismissal notice and the writ return letter (RULES §9), from templates in
 * {@code kz/ustau/notice/}, as DOCX (POI XWPF) and PDF (PDFBox, DejaVu Sans embedded), in Kazakh and Russian, with
 * their register {@code notices.csv}.
 */
package kz.ustau.adapter.notice;
