/* Panels marked data-fold-on-phones (filters) start folded on a phone, so
   the results come first; they are open everywhere else and without
   JavaScript. */
(function () {
  "use strict";
  if (!window.matchMedia("(max-width: 40rem)").matches) return;
  document.querySelectorAll("details[data-fold-on-phones]").forEach(function (panel) {
    panel.removeAttribute("open");
  });
})();
