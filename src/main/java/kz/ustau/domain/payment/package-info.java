/** Payment orders to the payee and the rules of their details (RULES §8; NBK 203). */
package kz.ustau.domain.payment;
