/** The writs file of CONTRACT §4.2 as domain writs. */
package kz.ustau.adapter.writ;
