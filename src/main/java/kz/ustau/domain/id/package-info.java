/** Kazakh identifiers, validated on construction (RULES §10, shared/domain/identifiers.md). */
package kz.ustau.domain.id;
