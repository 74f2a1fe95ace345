/**
 * The writ registry as the entry points see it (реестр исполнительных документов): writs imported version by version,
 * their status and events. Nothing here accepts or returns null.
 */
package kz.ustau.app.registry;
