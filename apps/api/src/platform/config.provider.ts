/** Injection token for the `AppConfig` read at start-up. */
export const APP_CONFIG = Symbol('APP_CONFIG');
