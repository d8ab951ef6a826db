/**
 * Who may call IronTrace: logins, roles and (to come) agencies and sharing agreements. Every
 * HTTP endpoint states the roles it needs with {@code @PreAuthorize}; a test fails when one does not.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
		allowedDependencies = { "platform" })
package org.irontrace.access;
