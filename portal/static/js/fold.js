/* Phones: the main menu and the catalogue filters fold behind a button, so the page itself comes first.
   Progressive enhancement: without this script, or on a wider screen (see .fold-toggle in site.css),
   everything stays open. A box opts in with data-fold="<the button's label>". */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("[data-fold]");
  Array.prototype.forEach.call(boxes, function (box, number) {
    var toggle = document.createElement("button");
    box.id = box.id || "fold-" + number;
    toggle.type = "button";
    toggle.className = "fold-toggle";
    toggle.textContent = box.getAttribute("data-fold");
    toggle.setAttribute("aria-controls", box.id);
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", function () {
      var open = !box.classList.toggle("folded");
      toggle.setAttribute("aria-expanded", String(open));
    });
    box.classList.add("folded");
    box.insertBefore(toggle, box.firstChild);
  });
})();
