/**
 * The local web page for the payroll accountant (issue 8; docs/web.md): an entry point like the command line, over
 * the same registry, ledger and use cases, with no rule of its own. Javalin serves it on loopback; Thymeleaf renders
 * the pages from templates in {@code src/main/resources/kz/ustau/web/}, in Kazakh and Russian.
 */
package kz.ustau.web;
