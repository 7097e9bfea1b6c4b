import { defineMiddleware } from 'astro:middleware';
import { routeData } from './lib/route-data';

// Route data (as Starlight does it): the page's locale, translator and alternates, computed once
// per page into `Astro.locals.route` so that no component re-derives them from the URL.
export const onRequest = defineMiddleware((context, next) => {
  context.locals.route = routeData(context.url.pathname, context.site);
  return next();
});
