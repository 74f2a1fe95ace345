/** Adapters at the edges: each translates one format to or from the use cases' terms, and nothing else. */
package kz.ustau.adapter;
