/** The reference tables of RULES §11 as CSV: built into the jar, or replaced file by file from {@code --tables DIR}. */
package kz.ustau.adapter.table;
