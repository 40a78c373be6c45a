// Counts a search for the agency's reports (Wagtail's search terms, searches without results): the results
// page, which caches share, tells /search-count/ what was searched, in which language and whether anything
// was found; nothing about who. Without JavaScript the search works the same, uncounted.
(function () {
  "use strict";
  var mark = document.querySelector("[data-search-count]");
  if (!mark || !navigator.sendBeacon) {
    return;
  }
  var body = new URLSearchParams();
  body.append("q", mark.getAttribute("data-query") || "");
  body.append("language", document.documentElement.lang || "");
  body.append("found", mark.getAttribute("data-found") || "0");
  navigator.sendBeacon(mark.getAttribute("data-search-count"), body);
})();
