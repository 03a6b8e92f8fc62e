// The scheduling page (/schedule/{token}) shows times in the zone its `tz` query names. On the first
// visit there is none: this script, loaded only then, reloads the page in the browser's own zone.
// Without JavaScript the page shows UTC and its zone form changes it.
(function () {
  "use strict";
  if (typeof Intl === "undefined" || !window.URL) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  var url = new URL(window.location.href);
  if (url.searchParams.has("tz")) return;
  url.searchParams.set("tz", zone);
  window.location.replace(url.toString());
})();
