declare namespace App {
  interface Locals {
    route: import('./lib/route-data').RouteData;
  }
}
