/** The employer's details and settings from {@code employer.properties} (CONTRACT §4.3). */
package kz.ustau.adapter.employer;
