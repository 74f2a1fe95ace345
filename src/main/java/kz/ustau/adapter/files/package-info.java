/**
 * What every file adapter shares: reading text files as CONTRACT §3 says (encoding, delimiter, headers, cells) and
 * writing outputs whole or not at all, readable by their owner only (CONTRACT §2).
 */
package kz.ustau.adapter.files;
