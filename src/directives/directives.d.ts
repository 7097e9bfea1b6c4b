import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at once when the URL has a query string, else when the browser is idle. */
    'client:urlOrIdle'?: boolean;
  }
}
