// Candor's public pages: rewrites each <time data-local="date|datetime" datetime="ISO"> from the UTC the
// server wrote to the visitor's own time zone. Plain, self-contained and loaded with <script src defer>
// (no inline script: the pages' Content-Security-Policy), it needs no framework; without it the UTC
// text stays. The words match lib/format.ts: "5 Dec 2026", "5 Dec 2026, 14:30 CET".
(function () {
  "use strict";
  if (typeof Intl === "undefined" || !document.querySelectorAll) return;
  var day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
  var clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  function zoneName(date, locale) {
    var parts = new Intl.DateTimeFormat(locale, { timeZoneName: "short" }).formatToParts(date);
    for (var i = 0; i < parts.length; i++) if (parts[i].type === "timeZoneName") return parts[i].value;
    return "";
  }
  // British English names Europe's zones ("CET"), American English the Americas' ("EST"); else "GMT+9".
  function abbreviation(date) {
    var british = zoneName(date, "en-GB");
    return /^GMT[+-]/.test(british) ? zoneName(date, "en-US") : british;
  }
  var times = document.querySelectorAll("time[data-local][datetime]");
  for (var i = 0; i < times.length; i++) {
    var element = times[i];
    var date = new Date(element.getAttribute("datetime"));
    if (isNaN(date.getTime())) continue;
    element.textContent =
      element.getAttribute("data-local") === "datetime" ? day.format(date) + ", " + clock.format(date) + " " + abbreviation(date) : day.format(date);
  }
})();
