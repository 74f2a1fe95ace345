/** Money in tenge at tiyn precision, exact shares and the one place where rounding is decided (RULES §4–§6). */
package kz.ustau.domain.money;
